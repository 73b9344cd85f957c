import QtQuick
import QtTest
import Atalaya

TestCase {
    id: testCase
    name: "KpiCard"
    when: windowShown

    Component {
        id: cardComponent
        KpiCard {
            title: "Cases"
        }
    }

    function test_noDataForUndefinedValue() {
        const card = createTemporaryObject(cardComponent, testCase)
        verify(card)
        compare(card.hasValue, false)
        compare(card.valueText, "No data")
        compare(card.trendText, "")
        verify(card.Accessible.name.indexOf("No data") >= 0, card.Accessible.name)
    }

    function test_zeroIsAValue() {
        const card = createTemporaryObject(cardComponent, testCase, { value: 0 })
        compare(card.hasValue, true)
        compare(card.valueText, "0")
    }

    function test_trend_data() {
        return [
            { tag: "up", trend: 12.4, arrow: "▲", words: "up 12 %" },
            { tag: "down", trend: -5.2, arrow: "▼", words: "down 5 %" },
            { tag: "flat", trend: 0.3, arrow: "▶", words: "unchanged" },
        ]
    }

    function test_trend(data) {
        const card = createTemporaryObject(cardComponent, testCase, { value: 1234, trendPercent: data.trend })
        verify(card.trendText.indexOf(data.arrow) >= 0, card.trendText)
        verify(card.trendText.indexOf(data.words) >= 0, card.trendText)
        // The words, not only the colour, reach a screen reader.
        verify(card.Accessible.name.indexOf(data.words) >= 0, card.Accessible.name)
    }

    function test_noTrendWithoutValue() {
        const card = createTemporaryObject(cardComponent, testCase, { trendPercent: 20 })
        compare(card.trendText, "")
    }

    function test_increaseColour() {
        const bad = createTemporaryObject(cardComponent, testCase, { value: 10, trendPercent: 20, increaseIsBad: true })
        compare(bad.trendColor, Theme.statusRedText)
        const good = createTemporaryObject(cardComponent, testCase, { value: 10, trendPercent: 20, increaseIsBad: false })
        compare(good.trendColor, Theme.statusOkText)
    }

    function test_keyboardReachable() {
        const card = createTemporaryObject(cardComponent, testCase, { value: 3 })
        verify(card.activeFocusOnTab)
    }
}
