import QtQuick
import QtTest
import Atalaya

// The navigation rail's badge: a count on the entry's glyph, said in the entry's accessible name,
// gone when there is nothing to count; entries without a badge are unchanged.
TestCase {
    id: testCase
    name: "AlertBadge"
    when: windowShown
    width: 200
    height: 400
    visible: true

    Component {
        id: railComponent
        NavigationRail {
            property int unacknowledged: 3
            height: 300
            pages: [
                { title: "Overview", glyph: "A" },
                { title: "Alerts", glyph: "!" }
            ]
            badges: ({ 1: { count: unacknowledged,
                            name: unacknowledged === 1 ? "1 unacknowledged alert" : unacknowledged + " unacknowledged alerts" } })
        }
    }

    function test_badgeShowsCountAndName() {
        const rail = createTemporaryObject(railComponent, testCase)
        verify(rail)
        const badge = findChild(rail, "railBadge1")
        verify(badge)
        verify(badge.visible)
        compare(findChild(rail, "railBadgeText1").text, "3")
        compare(findChild(rail, "railEntry1").Accessible.name, "Alerts, 3 unacknowledged alerts")
        // The entry without a badge keeps its plain name and shows none.
        verify(!findChild(rail, "railBadge0").visible)
        compare(findChild(rail, "railEntry0").Accessible.name, "Overview")

        // A new count updates the badge on the same entry; the entries are not made again.
        const entry = findChild(rail, "railEntry1")
        rail.unacknowledged = 1
        verify(findChild(rail, "railEntry1") === entry)
        compare(findChild(rail, "railBadgeText1").text, "1")
        compare(findChild(rail, "railEntry1").Accessible.name, "Alerts, 1 unacknowledged alert")

        rail.unacknowledged = 0
        verify(!findChild(rail, "railBadge1").visible)
        compare(findChild(rail, "railEntry1").Accessible.name, "Alerts")

        rail.unacknowledged = 250
        compare(findChild(rail, "railBadgeText1").text, "99+")
    }

    function test_dashboardBadgeIsEmptyWithoutAlerts() {
        // The test's Dashboard has an empty store that is never started: no alerts, no badge text.
        compare(Dashboard.alerts.unacknowledgedCount, 0)
        compare(Dashboard.alerts.badgeText, "")
    }
}
