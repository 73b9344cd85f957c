pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Atalaya

// What changed since the last briefing given before the time cursor: how many figures moved (each
// card says by how much), the alerts raised and the notes written since; "Mark briefing given"
// records the figures shown now, "Export briefing…" writes the PDF (when the build has it).
Rectangle {
    id: root

    required property OverviewPanel panel
    property bool canExport: false
    property bool presenting: false

    signal exportRequested()

    implicitHeight: column.implicitHeight + 2 * Theme.spacingL
    radius: Theme.radiusM
    color: Theme.surface
    border.width: Theme.borderWidth
    border.color: Theme.border

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.spacingL
        spacing: Theme.spacingS

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingS
            Text {
                Layout.fillWidth: true
                text: qsTr("Since the last briefing")
                color: Theme.text
                font.pixelSize: Theme.fontTitle
                font.weight: Font.DemiBold
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Button {
                objectName: "markBriefing"
                enabled: Dashboard.canEdit
                visible: !root.presenting
                text: qsTr("Mark briefing given")
                Accessible.name: text
                Accessible.description: qsTr("Records the figures shown now as the last briefing")
                onClicked: root.panel.markBriefed()
            }
            Button {
                objectName: "exportBriefing"
                visible: !root.presenting && root.canExport
                text: qsTr("Export briefing…")
                Accessible.name: text
                onClicked: root.exportRequested()
            }
        }

        Text {
            objectName: "briefingText"
            Layout.fillWidth: true
            text: root.panel.briefingText
            color: root.panel.hasBriefing ? Theme.text : Theme.textMuted
            font.pixelSize: Theme.fontBody
            wrapMode: Text.WordWrap
        }
        Text {
            objectName: "changesSummary"
            Layout.fillWidth: true
            visible: root.panel.hasBriefing
            text: qsTr("%n figure(s) changed", "", root.panel.changedKpiCount) + " · "
                  + qsTr("%n alert(s) raised", "", root.panel.alertsSinceCount) + " · "
                  + qsTr("%n note(s) written", "", root.panel.notesSinceCount)
            color: Theme.text
            font.pixelSize: Theme.fontBody
            font.weight: Font.DemiBold
            wrapMode: Text.WordWrap
        }
        Text {
            objectName: "markMessage"
            Layout.fillWidth: true
            visible: text.length > 0 && !root.presenting
            text: root.panel.markMessage
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.WordWrap
        }

        Repeater {
            model: root.panel.alertsSince
            delegate: Text {
                id: alertLine
                required property var modelData
                Layout.fillWidth: true
                text: (alertLine.modelData.severityKey === "critical" ? Theme.shapeRed
                       : alertLine.modelData.severityKey === "warning" ? Theme.shapeAmber : Theme.shapeOk)
                      + " " + qsTr("%1 · %2 · %3").arg(alertLine.modelData.atText)
                                                  .arg(alertLine.modelData.severityText)
                                                  .arg(alertLine.modelData.text)
                      + (alertLine.modelData.resolved ? " " + qsTr("(resolved)") : "")
                color: alertLine.modelData.severityKey === "critical" ? Theme.statusRedText
                     : alertLine.modelData.severityKey === "warning" ? Theme.statusAmberText : Theme.text
                font.pixelSize: Theme.fontSmall
                elide: Text.ElideRight
            }
        }
        Text {
            Layout.fillWidth: true
            visible: root.panel.alertsSinceCount > root.panel.alertsSince.length
            text: qsTr("and %n more alert(s)", "", root.panel.alertsSinceCount - root.panel.alertsSince.length)
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
        }
        Repeater {
            model: root.panel.notesSince
            delegate: Text {
                id: noteLine
                required property var modelData
                Layout.fillWidth: true
                text: "✎ " + qsTr("%1 · %2: %3").arg(noteLine.modelData.atText)
                                               .arg(noteLine.modelData.author)
                                               .arg(noteLine.modelData.text)
                color: Theme.text
                font.pixelSize: Theme.fontSmall
                elide: Text.ElideRight
            }
        }
        Text {
            Layout.fillWidth: true
            visible: root.panel.notesSinceCount > root.panel.notesSince.length
            text: qsTr("and %n more note(s)", "", root.panel.notesSinceCount - root.panel.notesSince.length)
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
        }
    }
}
