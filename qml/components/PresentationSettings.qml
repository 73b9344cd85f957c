pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Atalaya

// Presentation mode's playlist: which pages it cycles through and how many seconds each stays.
// Saved in AppSettings at once; at least one page stays chosen.
Popup {
    id: root

    readonly property list<string> allPages: ["overview", "map", "hospitals", "epidemic", "occupancy", "feeds", "alerts"]
                                             .filter(page => AppSettings.isKnownPage(page))

    function pageTitle(name: string): string {
        switch (name) {
        case "overview": return qsTr("Overview")
        case "map": return qsTr("Map")
        case "hospitals": return qsTr("Hospitals")
        case "epidemic": return qsTr("Epidemic")
        case "occupancy": return qsTr("Occupancy")
        case "feeds": return qsTr("Feeds")
        case "alerts": return qsTr("Alerts")
        default: return name
        }
    }
    // The playlist keeps the pages' own order, so ticking one back in puts it where it was.
    function setChosen(page: string, chosen: bool) {
        const pages = root.allPages.filter(p => p === page ? chosen : AppSettings.presentationPages.indexOf(p) >= 0)
        AppSettings.presentationPages = pages
    }

    width: Theme.presentationSettingsWidth
    modal: true
    focus: true
    padding: Theme.spacingL
    onOpened: secondsBox.forceActiveFocus()

    background: Rectangle {
        color: Theme.surface
        radius: Theme.radiusM
        border.width: Theme.borderWidth
        border.color: Theme.border
    }

    contentItem: ColumnLayout {
        spacing: Theme.spacingS

        Text {
            text: qsTr("Presentation playlist")
            color: Theme.text
            font.pixelSize: Theme.fontTitle
            font.weight: Font.Bold
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        RowLayout {
            spacing: Theme.spacingS
            Label {
                text: qsTr("Seconds per page")
                color: Theme.text
                font.pixelSize: Theme.fontBody
            }
            SpinBox {
                id: secondsBox
                objectName: "presentationSeconds"
                from: 5
                to: 600
                stepSize: 5
                editable: true
                value: AppSettings.presentationSeconds
                Accessible.name: qsTr("Seconds per page")
                onValueModified: AppSettings.presentationSeconds = secondsBox.value
            }
        }
        Repeater {
            model: root.allPages
            delegate: CheckBox {
                id: choice
                required property string modelData
                objectName: "playlistPage_" + choice.modelData
                text: root.pageTitle(choice.modelData)
                checked: AppSettings.presentationPages.indexOf(choice.modelData) >= 0
                // The last page chosen cannot be taken out: a playlist needs a page.
                enabled: !choice.checked || AppSettings.presentationPages.length > 1
                Accessible.name: qsTr("Show %1").arg(choice.text)
                onToggled: root.setChosen(choice.modelData, choice.checked)
            }
        }
        Button {
            Layout.alignment: Qt.AlignRight
            text: qsTr("Close")
            Accessible.name: text
            onClicked: root.close()
        }
    }
}
