import QtQuick
import QtTest
import Atalaya

// The Overview's key-figure cards, with and without data: a figure nothing was reported for reads
// "No data" (never 0); one with data shows its value, trend, "as of" and change since the briefing.
TestCase {
    id: testCase
    name: "OverviewPage"
    when: windowShown
    width: 1300
    height: 800
    visible: true  // TestCase is hidden by default; the tests check which lines are visible

    // Rows as OverviewKpiModel gives them; undefined where nothing was reported.
    ListModel {
        id: fixture
        dynamicRoles: true
        Component.onCompleted: {
            fixture.append({ key: "cases7d", title: "New cases, last 7 days", value: 1234, decimals: 0,
                             unit: "cases", trendPercent: 12.4, referenceLabel: "on the 7 days before",
                             increaseIsBad: true, detail: "", asOfText: "Reported up to 20/11/2026",
                             deltaText: "+34 since the briefing (was 1,200)" })
            fixture.append({ key: "icuFree", title: "Intensive-care beds free", value: undefined, decimals: 0,
                             unit: "beds free", trendPercent: undefined, referenceLabel: "a day before",
                             increaseIsBad: false, detail: "No hospital has a current report", asOfText: "",
                             deltaText: "" })
            fixture.append({ key: "alertsOpen", title: "Open alerts", value: 0, decimals: 0,
                             unit: "alerts", trendPercent: undefined, referenceLabel: "a day before",
                             increaseIsBad: true, detail: "0 critical", asOfText: "As of 20/11/2026 12:00",
                             deltaText: "Unchanged since the briefing" })
        }
    }

    Component {
        id: pageComponent
        OverviewPage {
            anchors.fill: parent
        }
    }

    function test_noCardsBeforeTheStoreIsRead() {
        // The test's Dashboard is never started: no figures, so no cards pretending to be zero.
        const page = createTemporaryObject(pageComponent, testCase)
        compare(page.objectName, "overviewPage")
        verify(findChild(page, "kpiCards"))
        compare(findChild(page, "kpiCases7d"), null)
        const briefing = findChild(page, "briefingText")
        verify(briefing)
        verify(briefing.text.indexOf("No briefing") >= 0, briefing.text)
    }

    function test_cards_data() {
        return [
            { tag: "with data", objectName: "kpiCases7d", value: 1234, change: "+34 since the briefing (was 1,200)",
              asOf: "Reported up to 20/11/2026", trend: "up 12 %" },
            { tag: "without data", objectName: "kpiIcuFree", value: undefined, change: "", asOf: "", trend: "" },
            { tag: "zero is a value", objectName: "kpiAlertsOpen", value: 0, change: "Unchanged since the briefing",
              asOf: "As of 20/11/2026 12:00", trend: "" },
        ]
    }

    function test_cards(data) {
        const page = createTemporaryObject(pageComponent, testCase, { kpiModel: fixture })
        const card = findChild(page, data.objectName)
        verify(card, data.objectName)
        if (data.value === undefined) {
            compare(card.hasValue, false)
            compare(card.valueText, "No data")
        } else {
            compare(card.hasValue, true)
            compare(card.valueText, data.value.toLocaleString(Qt.locale(), "f", 0))
        }
        compare(card.changeText, data.change)
        compare(card.asOfText, data.asOf)
        const change = findChild(card, "change")
        compare(change.visible, data.change.length > 0)
        if (data.trend.length > 0)
            verify(card.trendText.indexOf(data.trend) >= 0, card.trendText)
        else
            compare(card.trendText, "")
        // A screen reader hears the change since the briefing too.
        if (data.change.length > 0)
            verify(card.Accessible.name.indexOf(data.change) >= 0, card.Accessible.name)
    }

    function test_presentingHidesTheActions() {
        const page = createTemporaryObject(pageComponent, testCase, { kpiModel: fixture })
        const mark = findChild(page, "markBriefing")
        verify(mark)
        verify(mark.visible)
        page.presenting = true
        verify(!mark.visible)
        verify(!findChild(page, "districtTable").visible)
    }
}
