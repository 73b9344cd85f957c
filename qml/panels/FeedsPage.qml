pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Atalaya

// The city's live feeds: each feed's state in words and shape (live, stale since HH:MM, failing
// with its last error, paused, starting), its last reading, counts and next attempt; pause,
// resume, poll now; add, edit and remove feeds (written to the feeds file); and the problems of
// the file as loaded, each naming the feed, the field and why.
FocusScope {
    id: root
    objectName: "feedsPage"

    property FeedsPanel panel: Dashboard.feeds
    property string pendingRemoval

    Flickable {
        id: flick
        anchors.fill: parent
        contentWidth: width
        contentHeight: column.implicitHeight + 2 * Theme.spacingL
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        interactive: flick.contentHeight > flick.height
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: column
            x: Theme.spacingL
            y: Theme.spacingL
            width: flick.width - 2 * Theme.spacingL
            spacing: Theme.spacingM

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingM
                Text {
                    text: qsTr("Live feeds")
                    color: Theme.text
                    font.pixelSize: Theme.fontHeading
                    font.weight: Font.Bold
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                }
                Text {
                    objectName: "feedsSummary"
                    Layout.fillWidth: true
                    text: root.panel.summary
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontBody
                    elide: Text.ElideRight
                }
                Button {
                    objectName: "reloadFeeds"
                    text: qsTr("Reload file")
                    visible: root.panel.filePath.length > 0
                    focusPolicy: Qt.StrongFocus
                    Accessible.name: qsTr("Read the feeds file again")
                    onClicked: root.panel.reload()
                }
                Button {
                    objectName: "addFeed"
                    text: qsTr("Add feed…")
                    highlighted: true
                    focusPolicy: Qt.StrongFocus
                    Accessible.name: qsTr("Add a feed to the feeds file")
                    onClicked: editDialog.openFor("")
                }
            }
            Text {
                objectName: "feedsFile"
                Layout.fillWidth: true
                text: root.panel.filePath.length > 0
                      ? qsTr("Feeds file: %1").arg(root.panel.filePath)
                      : qsTr("No feeds file. Start with --feeds FILE, or add a feed to create one.")
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
                elide: Text.ElideMiddle
            }

            // The file's problems: what was skipped or ignored, and why.
            Rectangle {
                objectName: "feedProblems"
                Layout.fillWidth: true
                visible: root.panel.problems.length > 0 || root.panel.fileError.length > 0
                implicitHeight: problemsColumn.implicitHeight + 2 * Theme.spacingS
                color: Theme.surfaceRaised
                border.width: Theme.focusWidth
                border.color: root.panel.fileError.length > 0 || root.panel.skippedCount > 0 ? Theme.statusRed : Theme.statusAmber
                radius: Theme.radiusS

                ColumnLayout {
                    id: problemsColumn
                    anchors.fill: parent
                    anchors.margins: Theme.spacingS
                    spacing: Theme.spacingXs
                    Text {
                        Layout.fillWidth: true
                        text: root.panel.fileError.length > 0
                              ? qsTr("%1 The feeds file was not used: %2").arg(Theme.shapeRed).arg(root.panel.fileError)
                              : qsTr("%1 The feeds file has %n problem(s); the other feeds run.", "", root.panel.problems.length)
                                    .arg(root.panel.skippedCount > 0 ? Theme.shapeRed : Theme.shapeAmber)
                        color: Theme.text
                        font.pixelSize: Theme.fontBody
                        font.weight: Font.DemiBold
                        wrapMode: Text.WordWrap
                        Accessible.role: Accessible.AlertMessage
                        Accessible.name: text
                    }
                    Repeater {
                        model: root.panel.problems
                        delegate: Text {
                            required property int index
                            required property string modelData
                            objectName: "feedProblem_" + index
                            Layout.fillWidth: true
                            text: "• " + modelData
                            color: Theme.text
                            font.pixelSize: Theme.fontSmall
                            wrapMode: Text.WordWrap
                        }
                    }
                }
            }

            Text {
                objectName: "feedsEmpty"
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacingL
                visible: feedList.count === 0
                text: qsTr("No feeds are running. Add a Sentilo, FIWARE NGSI-v2, HTTP or file feed to see live readings.")
                color: Theme.textMuted
                font.pixelSize: Theme.fontBody
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
            }

            Repeater {
                id: feedList
                objectName: "feedList"
                model: root.panel.model
                delegate: FeedRow {
                    Layout.fillWidth: true
                    onPauseRequested: id => root.panel.pause(id)
                    onResumeRequested: id => root.panel.resume(id)
                    onPollRequested: id => root.panel.pollNow(id)
                    onEditRequested: id => editDialog.openFor(id)
                    onRemoveRequested: id => {
                        root.pendingRemoval = id
                        removeConfirm.open()
                    }
                }
            }
        }
    }

    FeedEditDialog {
        id: editDialog
        panel: root.panel
    }

    Popup {
        id: removeConfirm
        objectName: "feedRemoveConfirm"
        modal: true
        focus: true
        padding: Theme.spacingL
        anchors.centerIn: Overlay.overlay
        property string error
        onOpened: removeConfirm.error = ""
        background: Rectangle {
            color: Theme.surface
            radius: Theme.radiusM
            border.width: Theme.borderWidth
            border.color: Theme.border
        }
        contentItem: ColumnLayout {
            spacing: Theme.spacingM
            Text {
                text: qsTr("Remove the feed “%1” from the feeds file? Its stored readings stay in the store.").arg(root.pendingRemoval)
                color: Theme.text
                font.pixelSize: Theme.fontBody
                wrapMode: Text.WordWrap
                Layout.maximumWidth: 480
            }
            Text {
                visible: removeConfirm.error.length > 0
                text: "⚠ " + removeConfirm.error
                color: Theme.statusRedText
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.WordWrap
                Layout.maximumWidth: 480
            }
            RowLayout {
                Layout.alignment: Qt.AlignRight
                Button {
                    objectName: "feedRemoveCancel"
                    text: qsTr("Keep it")
                    onClicked: removeConfirm.close()
                }
                Button {
                    objectName: "feedRemoveConfirmButton"
                    text: qsTr("Remove")
                    highlighted: true
                    onClicked: {
                        removeConfirm.error = root.panel.removeFeed(root.pendingRemoval)
                        if (removeConfirm.error.length === 0)
                            removeConfirm.close()
                    }
                }
            }
        }
    }
}
