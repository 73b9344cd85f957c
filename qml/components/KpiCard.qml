pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Atalaya

// One headline figure: title, big value, unit, trend in words and arrow, the change since the
// last briefing, "as of" time.
// An undefined value reads "No data" (never 0). Focusable so a screen reader can read it whole.
Rectangle {
    id: root

    property string title
    property var value                 // number, or undefined when there is no data
    property int decimals: 0
    property string unit               // e.g. "of 320 beds"
    property var trendPercent          // number or undefined
    property string trendContext       // e.g. "vs previous 7 days"
    property bool increaseIsBad: true  // colours only; the words say the direction
    property string level              // "", "ok", "amber", "red" or "none": a status mark
    property string levelText          // the word for the level, e.g. "All clear"
    property string detail             // one line of context
    property string asOfText           // e.g. "as of 09:00"
    property string changeText         // e.g. "+12 since the briefing (was 340)"; "" hides it
    property int valueFontSize: Theme.fontKpi // smaller where many cards share a row
    property int minimumHeight: Theme.kpiHeight

    readonly property bool hasValue: root.value !== undefined && root.value !== null
    readonly property string valueText: root.hasValue
        ? Number(root.value).toLocaleString(Qt.locale(), "f", root.decimals) : qsTr("No data")
    readonly property bool hasTrend: root.hasValue && root.trendPercent !== undefined && root.trendPercent !== null
    readonly property int trendRounded: root.hasTrend ? Math.round(Number(root.trendPercent)) : 0
    readonly property string trendText: {
        if (!root.hasTrend)
            return ""
        const amount = Math.abs(root.trendRounded).toLocaleString(Qt.locale(), "f", 0)
        if (root.trendRounded > 0)
            return qsTr("%1 up %2 %").arg(Theme.arrowUp).arg(amount)
        if (root.trendRounded < 0)
            return qsTr("%1 down %2 %").arg(Theme.arrowDown).arg(amount)
        return qsTr("%1 unchanged").arg(Theme.arrowFlat)
    }
    readonly property color trendColor: {
        if (root.trendRounded === 0)
            return Theme.textMuted
        return (root.trendRounded > 0) === root.increaseIsBad ? Theme.statusRedText : Theme.statusOkText
    }
    readonly property color levelColor: root.level === "red" ? Theme.statusRed
                                      : root.level === "amber" ? Theme.statusAmber
                                      : root.level === "ok" ? Theme.statusOk : Theme.statusNoData
    readonly property color levelTextColor: root.level === "red" ? Theme.statusRedText
                                          : root.level === "amber" ? Theme.statusAmberText
                                          : root.level === "ok" ? Theme.statusOkText : Theme.statusNoDataText
    readonly property string levelShape: root.level === "red" ? Theme.shapeRed
                                       : root.level === "amber" ? Theme.shapeAmber
                                       : root.level === "ok" ? Theme.shapeOk : Theme.shapeNoData

    implicitWidth: Theme.kpiMinWidth
    // At least the standard height; taller when a long title, detail or change line needs it.
    implicitHeight: Math.max(root.minimumHeight, content.implicitHeight + 2 * Theme.spacingL)
    radius: Theme.radiusM
    color: Theme.surface
    border.width: root.activeFocus ? Theme.focusWidth : Theme.borderWidth
    border.color: root.activeFocus ? Theme.focusRing : Theme.border

    activeFocusOnTab: true
    Accessible.role: Accessible.StaticText
    Accessible.name: [root.title, root.valueText, root.hasValue ? root.unit : "",
                      root.levelText, root.trendText, root.trendContext, root.changeText, root.detail, root.asOfText]
                     .filter(part => part.length > 0).join(", ")

    // A status stripe on the left edge; the shape and word beside the title say the same.
    Rectangle {
        visible: root.level.length > 0
        width: Theme.spacingXs
        radius: Theme.radiusS
        color: root.levelColor
        anchors { left: parent.left; top: parent.top; bottom: parent.bottom; margins: Theme.borderWidth }
    }

    ColumnLayout {
        id: content
        anchors.fill: parent
        anchors.margins: Theme.spacingL
        spacing: Theme.spacingXs

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingS
            Text {
                Layout.fillWidth: true
                text: root.title
                color: Theme.textMuted
                font.pixelSize: Theme.fontBody
                font.weight: Font.DemiBold
                wrapMode: Text.WordWrap
                maximumLineCount: 2
                elide: Text.ElideRight
            }
            Text {
                visible: root.level.length > 0
                text: root.levelShape + " " + root.levelText
                color: root.levelTextColor
                font.pixelSize: Theme.fontSmall
                font.weight: Font.DemiBold
            }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingS
            Text {
                objectName: "value"
                text: root.valueText
                color: root.hasValue ? Theme.text : Theme.statusNoDataText
                font.pixelSize: root.hasValue ? root.valueFontSize : Theme.fontHeading
                font.weight: Font.Bold
            }
            Text {
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignBaseline
                visible: root.hasValue && root.unit.length > 0
                text: root.unit
                color: Theme.textMuted
                font.pixelSize: Theme.fontBody
                elide: Text.ElideRight
            }
        }
        Text {
            objectName: "trend"
            Layout.fillWidth: true
            visible: root.hasTrend
            text: root.trendContext.length > 0 ? root.trendText + " " + root.trendContext : root.trendText
            color: root.trendColor
            font.pixelSize: Theme.fontBody
            font.weight: Font.DemiBold
            wrapMode: Text.WordWrap
            maximumLineCount: 2
            elide: Text.ElideRight
        }
        Text {
            objectName: "change"
            Layout.fillWidth: true
            visible: root.changeText.length > 0
            text: Theme.briefingGlyph + " " + root.changeText
            color: Theme.text
            font.pixelSize: Theme.fontSmall
            font.weight: Font.DemiBold
            elide: Text.ElideRight
        }
        Text {
            Layout.fillWidth: true
            visible: root.detail.length > 0
            text: root.detail
            color: Theme.text
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.WordWrap
            maximumLineCount: 2
            elide: Text.ElideRight
        }
        Item { Layout.fillHeight: true }
        Text {
            Layout.fillWidth: true
            visible: root.asOfText.length > 0
            text: root.asOfText
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            elide: Text.ElideRight
        }
    }
}
