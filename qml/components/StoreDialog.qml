pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Atalaya

// The store this desktop reads: which one is open, who we are in it and what it lets us do, and
// the store to open at the next start (an SQLite file or a shared PostgreSQL database). Never a
// password: libpq reads it from ~/.pgpass or a service file, so it is in no settings file.
Popup {
    id: root

    /** What is wrong with the typed location, as one types; "" when it can be saved. */
    readonly property string problem: AppSettings.checkStoreLocation(locationField.text)
    property string saveMessage: ""

    function save() {
        const error = AppSettings.setStoreLocation(locationField.text)
        root.saveMessage = error.length > 0 ? error
            : qsTr("Saved. Atalaya opens this store at its next start.")
    }

    width: Theme.storeDialogWidth
    modal: true
    focus: true
    padding: Theme.spacingL
    onOpened: {
        locationField.text = AppSettings.storeLocation
        root.saveMessage = ""
        locationField.forceActiveFocus()
    }

    background: Rectangle {
        color: Theme.surface
        radius: Theme.radiusM
        border.width: Theme.borderWidth
        border.color: Theme.border
    }

    contentItem: ColumnLayout {
        spacing: Theme.spacingS

        Text {
            text: qsTr("Store")
            color: Theme.text
            font.pixelSize: Theme.fontTitle
            font.weight: Font.Bold
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        Text {
            objectName: "storeOpen"
            Layout.fillWidth: true
            // The backend is known once the store is open (not while a first start prepares it).
            text: Dashboard.storeBackend.length > 0
                  ? qsTr("Open now: %1 (%2)").arg(Dashboard.databasePath).arg(Dashboard.storeBackend)
                  : qsTr("Open now: %1").arg(Dashboard.databasePath)
            color: Theme.text
            font.pixelSize: Theme.fontBody
            wrapMode: Text.WrapAnywhere
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }
        Text {
            objectName: "storeAccess"
            Layout.fillWidth: true
            visible: Dashboard.ready
            text: {
                const who = qsTr("Connected as %1, role: %2.").arg(Dashboard.storeUser).arg(Dashboard.storeRoleName)
                const may = Dashboard.canAdminister ? qsTr("You may change everything, feeds and rules included.")
                          : Dashboard.canEdit ? qsTr("You may change services and notes and acknowledge alerts.")
                          : qsTr("You may view this store but not change it.")
                return who + " " + may
            }
            color: Theme.text
            font.pixelSize: Theme.fontBody
            wrapMode: Text.Wrap
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }
        Text {
            objectName: "storeLive"
            Layout.fillWidth: true
            visible: Dashboard.ready
            text: Dashboard.followingChanges
                ? qsTr("Changes other workstations and the ingest service make show here as they are made.")
                : qsTr("A store file has one workstation: changes show as this desktop makes them.")
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }

        Label {
            Layout.topMargin: Theme.spacingM
            text: qsTr("Store to open at the next start")
            color: Theme.text
            font.pixelSize: Theme.fontBody
        }
        TextField {
            id: locationField
            objectName: "storeLocation"
            Layout.fillWidth: true
            placeholderText: qsTr("postgresql://user@host:5432/city, or a file path; empty: the embedded store")
            selectByMouse: true
            Accessible.name: qsTr("Store to open at the next start")
            Accessible.description: root.problem
            onTextEdited: root.saveMessage = ""
            onAccepted: if (root.problem.length === 0) root.save()
        }
        Text {
            objectName: "storeLocationProblem"
            Layout.fillWidth: true
            visible: text.length > 0
            text: root.problem.length > 0 ? Theme.shapeRed + " " + root.problem : root.saveMessage
            color: root.problem.length > 0 ? Theme.statusRedText : Theme.text
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
        Text {
            Layout.fillWidth: true
            text: qsTr("Passwords are never saved here: put the password in ~/.pgpass (or the file PGPASSFILE names), or name a service from pg_service.conf with postgresql:///?service=NAME.")
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }
        RowLayout {
            Layout.alignment: Qt.AlignRight
            spacing: Theme.spacingS
            Button {
                objectName: "storeUseEmbedded"
                text: qsTr("Use the embedded store")
                Accessible.name: text
                onClicked: {
                    locationField.text = ""
                    root.save()
                }
            }
            Button {
                objectName: "storeSave"
                text: qsTr("Save")
                enabled: root.problem.length === 0
                Accessible.name: qsTr("Save the store to open at the next start")
                onClicked: root.save()
            }
            Button {
                objectName: "storeClose"
                text: qsTr("Close")
                Accessible.name: text
                onClicked: root.close()
            }
        }
    }
}
