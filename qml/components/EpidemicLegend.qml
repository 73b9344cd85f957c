pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Atalaya

// The choropleth's key: what is coloured, the day, and one line per class with its colour swatch,
// its glyph (the same one written on the map) and its range or level name; grey last.
Rectangle {
    id: root

    required property EpidemicPanel panel

    implicitWidth: column.implicitWidth + 2 * Theme.spacingS
    implicitHeight: column.implicitHeight + 2 * Theme.spacingS
    radius: Theme.radiusM
    color: Theme.surface
    opacity: Theme.panelOpacity
    border.width: Theme.borderWidth
    border.color: Theme.border

    Accessible.role: Accessible.StaticText
    Accessible.name: qsTr("Legend: %1 on %2").arg(root.panel.legendTitle).arg(root.panel.dayText)

    component Entry: RowLayout {
        id: entry
        required property int colourClass
        required property string label
        spacing: Theme.spacingXs
        Rectangle {
            implicitWidth: Theme.legendSwatch
            implicitHeight: Theme.legendSwatch
            radius: Theme.radiusS
            color: Theme.choroplethColour(entry.colourClass, root.panel.classCount, root.panel.colourByRisk)
            border.width: Theme.borderWidth
            border.color: Theme.border
        }
        Text {
            Layout.preferredWidth: Theme.legendSwatch
            horizontalAlignment: Text.AlignHCenter
            text: Theme.classGlyph(entry.colourClass, root.panel.classCount)
            color: Theme.text
            font.pixelSize: Theme.fontSmall
        }
        Text {
            text: entry.label
            color: Theme.text
            font.pixelSize: Theme.fontSmall
        }
    }

    ColumnLayout {
        id: column
        x: Theme.spacingS
        y: Theme.spacingS
        spacing: Theme.spacingXs
        Text {
            text: root.panel.legendTitle
            color: Theme.text
            font.pixelSize: Theme.fontSmall
            font.weight: Font.DemiBold
        }
        Text {
            text: qsTr("on %1").arg(root.panel.dayText)
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
        }
        Repeater {
            model: root.panel.legend
            delegate: Entry {
                required property var modelData
                colourClass: modelData.colourClass
                label: modelData.label
            }
        }
        Entry {
            colourClass: -1
            label: root.panel.colourByRisk ? qsTr("Insufficient data") : qsTr("No data")
        }
    }
}
