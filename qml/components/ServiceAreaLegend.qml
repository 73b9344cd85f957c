pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Atalaya

// Which recreational areas are open at the time cursor, and to whom: the audience to show, and
// the legend in words (filled = open, outline only = closed). The app's time cursor in the
// header is the time control.
ColumnLayout {
    id: root

    required property ServicesPanel panel
    required property TimeCursor cursor

    readonly property string audienceName: root.panel.audience === "elderly" ? qsTr("older people")
                                         : root.panel.audience === "children" ? qsTr("children")
                                         : root.panel.audience === "sport" ? qsTr("sport") : qsTr("everyone")
    readonly property string momentText: root.cursor.live ? qsTr("now")
                                         : qsTr("at %1").arg(root.cursor.time.toLocaleString(Qt.locale(), Locale.ShortFormat))

    spacing: Theme.spacingXs
    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("Recreational areas")

    Text {
        Layout.fillWidth: true
        text: qsTr("Recreational areas")
        color: Theme.text
        font.pixelSize: Theme.fontTitle
        font.weight: Font.Bold
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }
    Text {
        Layout.fillWidth: true
        text: qsTr("Open to")
        color: Theme.textMuted
        font.pixelSize: Theme.fontSmall
    }
    ChoiceToggle {
        objectName: "areaAudience"
        options: [
            { key: "all", title: qsTr("All") },
            { key: "elderly", title: qsTr("Elderly") },
            { key: "children", title: qsTr("Children") },
            { key: "sport", title: qsTr("Sport") }
        ]
        objectNamePrefix: "areaAudience_"
        accessibleName: qsTr("Show the areas open to")
        value: root.panel.audience
        onChosen: value => root.panel.audience = value
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacingS
        Rectangle {
            implicitWidth: Theme.legendSwatch
            implicitHeight: Theme.legendSwatch
            color: Theme.serviceAreaOpenFill
            border.color: Theme.serviceAreaLine
            border.width: Theme.serviceAreaLineWidth
        }
        Text {
            objectName: "areaLegendOpen"
            Layout.fillWidth: true
            text: qsTr("%1 Filled: open to %2 %3 (%4 of %5)").arg(Theme.serviceAreaOpenGlyph).arg(root.audienceName)
                      .arg(root.momentText).arg(root.panel.openAreaCount).arg(root.panel.areaCount)
            color: Theme.text
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.WordWrap
        }
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacingS
        Rectangle {
            implicitWidth: Theme.legendSwatch
            implicitHeight: Theme.legendSwatch
            color: Theme.mapNoFill
            border.color: Theme.serviceAreaClosedLine
            border.width: Theme.serviceAreaLineWidth
        }
        Text {
            objectName: "areaLegendClosed"
            Layout.fillWidth: true
            text: qsTr("%1 Outline only: closed to %2 %3").arg(Theme.serviceAreaClosedGlyph).arg(root.audienceName).arg(root.momentText)
            color: Theme.text
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.WordWrap
        }
    }
    Text {
        Layout.fillWidth: true
        text: qsTr("Step the time cursor in the header to see another hour.")
        color: Theme.textMuted
        font.pixelSize: Theme.fontSmall
        wrapMode: Text.WordWrap
    }
}
