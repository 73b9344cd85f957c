pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Atalaya

// Adds or edits one alert rule of any type: what it watches (indicator, subjects, sensor type),
// when it fires (threshold with clearing level and duration, rate of change, no new data,
// unusual value, area), how serious it is. Saving checks the rule as the rules file would
// (AlertsPanel.saveRule) and shows each refusal beside its field; nothing is written until the
// rule is sound.
Popup {
    id: root
    objectName: "alertRuleDialog"

    required property AlertsPanel panel
    property string originalId      // empty: a new rule
    property var errors: ({})
    property string type: "threshold"
    readonly property list<string> shown: root.panel.formFields(root.type)
    readonly property var directions: [
        { key: "above", text: qsTr("Above / rises") },
        { key: "below", text: qsTr("Below / falls") }
    ]

    function indexOfKey(choices: var, key: string): int {
        for (let i = 0; i < choices.length; ++i) {
            if (choices[i].key === key)
                return i
        }
        return 0
    }
    function openFor(id: string) {
        root.originalId = id
        root.errors = {}
        const form = root.panel.ruleForm(id)
        root.type = form.type
        typeBox.currentIndex = root.indexOfKey(root.panel.ruleTypeChoices, form.type)
        severityBox.currentIndex = root.indexOfKey(root.panel.severityChoices, form.severity)
        indicatorBox.currentIndex = root.indexOfKey(root.panel.indicatorChoices, form.indicator)
        directionBox.currentIndex = root.indexOfKey(root.directions, form.direction)
        enabledBox.checked = form.enabled
        percentBox.checked = form.changeInPercent
        for (const field of root.textFields())
            field.text = form[field.key] !== undefined ? form[field.key] : ""
        root.open()
    }
    function textFields(): var {
        return [idField, nameField, subjectsField, sensorTypeField, limitField, clearAtField, forField, changeField,
                windowField, frozenField, zScoreField, weeksField, minSamplesField, regionField, areaField]
    }
    function save() {
        const form = {
            type: root.type,
            severity: root.panel.severityChoices[severityBox.currentIndex].key,
            indicator: root.panel.indicatorChoices[indicatorBox.currentIndex].key,
            direction: root.directions[directionBox.currentIndex].key,
            enabled: enabledBox.checked,
            changeInPercent: percentBox.checked
        }
        for (const field of root.textFields())
            form[field.key] = field.text
        const errors = root.panel.saveRule(root.originalId, form)
        root.errors = errors
        if (Object.keys(errors).length === 0)
            root.close()
    }
    function errorOf(key: string): string {
        return root.errors[key] !== undefined ? root.errors[key] : ""
    }
    function has(key: string): bool {
        return root.shown.indexOf(key) >= 0
    }

    modal: true
    focus: true
    padding: Theme.spacingL
    anchors.centerIn: Overlay.overlay
    width: Math.min(Theme.overlayCardWidth * 1.75, (parent ? parent.width : Theme.defaultWindowWidth) - 2 * Theme.spacingL)
    height: Math.min(column.implicitHeight + 2 * Theme.spacingL, (parent ? parent.height : Theme.defaultWindowHeight) - 2 * Theme.spacingL)
    onOpened: idField.forceActiveFocus()

    background: Rectangle {
        color: Theme.surface
        radius: Theme.radiusM
        border.width: Theme.borderWidth
        border.color: Theme.border
    }

    contentItem: Flickable {
        id: flick
        clip: true
        contentWidth: width
        contentHeight: column.implicitHeight
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: column
            width: flick.width
            spacing: Theme.spacingS

            Text {
                Layout.fillWidth: true
                text: root.originalId.length > 0 ? qsTr("Edit rule “%1”").arg(root.originalId) : qsTr("Add a rule")
                color: Theme.text
                font.pixelSize: Theme.fontTitle
                font.weight: Font.Bold
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Text {
                Layout.fillWidth: true
                visible: root.panel.problems.length > 0
                text: qsTr("Saving rewrites the rules file with the rules that run; the %n rule(s) with problems are left out.", "",
                           root.panel.problems.length)
                color: Theme.statusAmberText
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.WordWrap
            }

            GridLayout {
                Layout.fillWidth: true
                columns: 2
                columnSpacing: Theme.spacingM
                rowSpacing: Theme.spacingS

                AlertRuleField { id: idField; key: "id"; label: qsTr("Id (unique in the file)"); hint: qsTr("beach-full"); error: root.errorOf(key) }
                AlertRuleField { id: nameField; key: "name"; label: qsTr("Name"); hint: qsTr("Beach over capacity"); error: root.errorOf(key) }

                AlertRuleChoice {
                    id: typeBox
                    key: "type"
                    label: qsTr("Type")
                    model: root.panel.ruleTypeChoices
                    error: root.errorOf(key)
                    onActivated: root.type = root.panel.ruleTypeChoices[typeBox.currentIndex].key
                }
                AlertRuleChoice {
                    id: severityBox
                    key: "severity"
                    label: qsTr("Severity")
                    model: root.panel.severityChoices
                    error: root.errorOf(key)
                }
                AlertRuleChoice {
                    id: indicatorBox
                    key: "indicator"
                    label: qsTr("Indicator")
                    model: root.panel.indicatorChoices
                    error: root.errorOf(key)
                }
                AlertRuleField {
                    id: subjectsField; key: "subjects"; label: qsTr("Subjects (codes or names, * for any)")
                    hint: qsTr("demo/beach-*"); error: root.errorOf(key)
                }
                AlertRuleField {
                    id: sensorTypeField; key: "sensorType"; label: qsTr("Sensor type (sensor readings only)")
                    hint: qsTr("any type"); error: root.errorOf(key)
                }
                AlertRuleChoice {
                    id: directionBox
                    key: "direction"
                    visible: root.has(key)
                    label: qsTr("Direction")
                    model: root.directions
                    error: root.errorOf(key)
                }
                AlertRuleField { id: limitField; key: "limit"; visible: root.has(key); label: qsTr("Limit"); error: root.errorOf(key) }
                AlertRuleField {
                    id: clearAtField; key: "clearAt"; visible: root.has(key); label: qsTr("Clears at (empty: the limit)")
                    error: root.errorOf(key)
                }
                AlertRuleField {
                    id: forField; key: "forMinutes"; visible: root.has(key); label: qsTr("For at least (minutes)")
                    error: root.errorOf(key)
                }
                AlertRuleField { id: changeField; key: "change"; visible: root.has(key); label: qsTr("Change by at least"); error: root.errorOf(key) }
                AlertRuleField {
                    id: windowField; key: "windowMinutes"; visible: root.has(key); label: qsTr("Within (minutes)")
                    error: root.errorOf(key)
                }
                CheckBox {
                    id: percentBox
                    objectName: "ruleField_changeInPercent"
                    visible: root.has("changeInPercent")
                    text: qsTr("Change in percent")
                    focusPolicy: Qt.StrongFocus
                    Accessible.name: text
                }
                AlertRuleField {
                    id: frozenField; key: "frozenMinutes"; visible: root.has(key); label: qsTr("No new data for (minutes)")
                    error: root.errorOf(key)
                }
                AlertRuleField {
                    id: zScoreField; key: "zScore"; visible: root.has(key); label: qsTr("Score at least (robust z)")
                    error: root.errorOf(key)
                }
                AlertRuleField {
                    id: weeksField; key: "weeks"; visible: root.has(key); label: qsTr("Compared with the last (weeks)")
                    error: root.errorOf(key)
                }
                AlertRuleField {
                    id: minSamplesField; key: "minSamples"; visible: root.has(key); label: qsTr("At least (past values)")
                    error: root.errorOf(key)
                }
                AlertRuleField {
                    id: regionField; key: "regionCode"; visible: root.has(key); label: qsTr("Inside region (code)")
                    hint: qsTr("or an area below"); error: root.errorOf(key)
                }
                AlertRuleField {
                    id: areaField; key: "area"; visible: root.has(key); Layout.columnSpan: 2
                    label: qsTr("Or inside the area (longitude latitude, comma between points)")
                    hint: qsTr("2.17 41.37, 2.20 41.37, 2.20 41.39"); error: root.errorOf(key)
                }
                CheckBox {
                    id: enabledBox
                    objectName: "ruleField_enabled"
                    Layout.columnSpan: 2
                    text: qsTr("Rule on (raises alerts)")
                    focusPolicy: Qt.StrongFocus
                    Accessible.name: text
                }
            }

            Text {
                objectName: "ruleError_"
                Layout.fillWidth: true
                visible: root.errorOf("").length > 0
                text: "⚠ " + root.errorOf("")
                color: Theme.statusRedText
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.WordWrap
                Accessible.role: Accessible.AlertMessage
                Accessible.name: root.errorOf("")
            }
            RowLayout {
                Layout.alignment: Qt.AlignRight
                Button {
                    objectName: "ruleCancel"
                    text: qsTr("Cancel")
                    focusPolicy: Qt.StrongFocus
                    onClicked: root.close()
                }
                Button {
                    objectName: "ruleSave"
                    text: qsTr("Save")
                    highlighted: true
                    focusPolicy: Qt.StrongFocus
                    Accessible.name: qsTr("Save the rule to the rules file")
                    onClicked: root.save()
                }
            }
        }
    }
}
