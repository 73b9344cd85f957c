pragma Singleton
import QtQuick

// Design tokens only: colours, spacing, radii and type sizes for the dark control-room theme and
// the light briefing theme. Status colours are Okabe-Ito (safe for the common colour-vision
// deficiencies) and always come with a shape and a word, never colour alone.
QtObject {
    id: root

    readonly property bool dark: AppSettings.theme !== "light"

    // --- surfaces and text ---------------------------------------------------------------------
    readonly property color background: root.dark ? "#0e1116" : "#f4f3ef"
    readonly property color surface: root.dark ? "#171b22" : "#ffffff"
    readonly property color surfaceRaised: root.dark ? "#1f2530" : "#ebe9e3"
    readonly property color surfaceSelected: root.dark ? "#263447" : "#dce6f2"
    readonly property color border: root.dark ? "#2e3644" : "#cfccc3"
    readonly property color text: root.dark ? "#e8ebf0" : "#1a1d21"
    readonly property color textMuted: root.dark ? "#9aa4b2" : "#5b6169"
    readonly property color textDisabled: root.dark ? "#4f5866" : "#a9adb3"
    readonly property color accent: root.dark ? "#56b4e9" : "#0072b2"      // Okabe-Ito sky blue / blue
    readonly property color onAccent: root.dark ? "#0e1116" : "#ffffff"
    readonly property color focusRing: root.dark ? "#f0e442" : "#0072b2"   // yellow is unmissable on dark
    readonly property color scrim: root.dark ? "#cc0e1116" : "#ccf4f3ef"
    readonly property color tableRowAlternate: root.dark ? "#1a1f27" : "#f8f7f4"
    readonly property color barTrack: root.dark ? "#2a313d" : "#e4e1da"
    readonly property color barFill: root.dark ? "#56b4e9" : "#0072b2"     // the accent's hue: a magnitude, not a status

    // --- status (Okabe-Ito) with the shape that carries the same meaning -----------------------
    readonly property color statusOk: "#009e73"      // bluish green
    readonly property color statusAmber: "#e69f00"   // orange
    readonly property color statusRed: "#d55e00"     // vermillion
    readonly property color statusNoData: root.dark ? "#7d8592" : "#8a8f96"
    // The same hues darkened for text on the light theme's white cards (contrast >= 4.5:1).
    readonly property color statusOkText: root.dark ? root.statusOk : "#00694d"
    readonly property color statusAmberText: root.dark ? root.statusAmber : "#8a5a00"
    readonly property color statusRedText: root.dark ? root.statusRed : "#b04a00"
    readonly property color statusNoDataText: root.dark ? root.statusNoData : "#5b6169"
    readonly property color onStatus: "#0e1116"      // text on a filled status colour
    readonly property string shapeOk: "●"
    readonly property string shapeAmber: "▲"
    readonly property string shapeRed: "■"
    readonly property string shapeNoData: "○"
    readonly property string arrowUp: "▲"
    readonly property string arrowDown: "▼"
    readonly property string arrowFlat: "▶"

    // --- map -------------------------------------------------------------------------------------
    readonly property color mapSea: root.dark ? "#0b2233" : "#b9d7ea"
    readonly property color mapLand: root.dark ? "#1c2129" : "#f2efe6"
    readonly property color mapPark: root.dark ? "#1e3a2c" : "#cfe6c4"
    readonly property color mapBeach: root.dark ? "#4a4330" : "#f3e3b5"
    readonly property color mapRiver: root.dark ? "#164060" : "#a6cde6"
    readonly property color mapDistrictLine: root.dark ? "#8fa3bf" : "#6d5a8c"
    readonly property color mapNeighbourhoodLine: root.dark ? "#3b4658" : "#c4bdd0"
    readonly property color mapLabel: root.dark ? "#e8ebf0" : "#2b2140"
    readonly property color mapLabelHalo: root.dark ? "#0e1116" : "#ffffff"
    readonly property color mapNoFill: "transparent"
    readonly property int mapDistrictLineWidth: 2
    readonly property int mapNeighbourhoodLineWidth: 1
    readonly property int mapRiverLineWidth: 4

    function mapFill(kind: string): color {
        switch (kind) {
        case "sea": return root.mapSea
        case "land": return root.mapLand
        case "park": return root.mapPark
        case "beach": return root.mapBeach
        case "river": return root.mapRiver
        default: return root.mapNoFill
        }
    }
    function mapLine(kind: string): color {
        switch (kind) {
        case "district": return root.mapDistrictLine
        case "neighbourhood": return root.mapNeighbourhoodLine
        case "river": return root.mapRiver
        default: return root.mapNoFill
        }
    }
    function mapLineWidth(kind: string): int {
        switch (kind) {
        case "district": return root.mapDistrictLineWidth
        case "neighbourhood": return root.mapNeighbourhoodLineWidth
        case "river": return root.mapRiverLineWidth
        default: return 0
        }
    }

    // --- spacing, sizes, radii -------------------------------------------------------------------
    readonly property int spacingXs: 4
    readonly property int spacingS: 8
    readonly property int spacingM: 12
    readonly property int spacingL: 16
    readonly property int spacingXl: 24
    readonly property int radiusS: 4
    readonly property int radiusM: 8
    readonly property int borderWidth: 1
    readonly property int focusWidth: 2
    readonly property int railWidth: 96
    readonly property int railItemHeight: 64
    readonly property int headerHeight: 56
    readonly property int statusBarHeight: 32
    readonly property int kpiMinWidth: 260
    readonly property int kpiHeight: 188
    readonly property int wideLayoutWidth: 1100
    readonly property int overlayCardWidth: 420
    readonly property real panelOpacity: 0.9
    readonly property int scaleBarMaxWidth: 140
    readonly property int scaleBarTick: 8
    readonly property int scaleBarThickness: 3
    readonly property int mapButtonSize: 40
    readonly property int defaultWindowWidth: 1440
    readonly property int defaultWindowHeight: 900
    readonly property int minimumWindowWidth: 800
    readonly property int minimumWindowHeight: 560

    // --- tables (the Overview's district ranking) --------------------------------------------------
    readonly property int tableRowHeight: 40
    readonly property int tableHeaderMinHeight: 36
    readonly property int tableRankWidth: 56
    readonly property int tableNameMinWidth: 150
    readonly property int tableCountWidth: 100        // population, cases
    readonly property int tableIncidenceWidth: 190    // figure and bar
    readonly property int tableIncidenceMaxWidth: 420
    readonly property int tableIncidenceFigureWidth: 64
    readonly property int tableTrendWidth: 130
    readonly property int tableShareWidth: 88
    readonly property int tableIndexWidth: 104
    readonly property int tableBarHeight: 6
    readonly property int districtTableMinHeight: 320
    readonly property int districtTableWideWidth: 1060  // narrower: the context columns are hidden

    // --- hospitals (bed availability) ---------------------------------------------------------------
    // Availability levels reuse the status hues and shapes: high = ● green, medium = ▲ orange,
    // low = ■ vermillion, no data = ○ grey; the word always goes with them.
    readonly property int kpiCompactHeight: 112
    readonly property int hospitalsWideWidth: 1180    // below: the map and trends go under the table
    readonly property int hospitalsTableMinWidth: 600
    readonly property int hospitalsSideMinWidth: 380
    readonly property int hospitalsTableMinHeight: 140
    readonly property int hospitalsTableNarrowMinHeight: 300  // narrow windows scroll the page instead
    readonly property int hospitalsNarrowSideHeight: 200  // map and trends under the table
    readonly property int hospitalsMapMinHeight: 180
    readonly property int hospitalNameMinWidth: 170
    readonly property int hospitalBedsWidth: 74
    readonly property int hospitalOccupancyWidth: 64
    readonly property int hospitalLevelWidth: 86
    readonly property int hospitalReportWidth: 124
    readonly property int hospitalSearchWidth: 220
    readonly property int hospitalMarkerSize: 18
    readonly property int hospitalMarkerSelectedSize: 26
    readonly property int nearestCardWidth: 330
    readonly property int routeLineWidth: 3
    readonly property color routeLine: root.dark ? "#f0e442" : "#0072b2"      // the focus hue: "look here"
    readonly property color markerHalo: root.dark ? "#0e1116" : "#ffffff"
    readonly property color chartCity: root.dark ? "#56b4e9" : "#0072b2"
    readonly property color chartSelected: root.dark ? "#cc79a7" : "#a4487c"  // Okabe-Ito reddish purple
    readonly property color chartCursor: root.dark ? "#f0e442" : "#1a1d21"
    readonly property color chartThreshold: root.dark ? "#4f5866" : "#a9adb3"
    readonly property color chartGrid: root.dark ? "#2a313d" : "#e4e1da"
    readonly property int chartLineWidth: 2
    readonly property int flyDuration: 600    // ms, the map's move to a hospital
    readonly property int textFieldHeight: 32

    // --- type --------------------------------------------------------------------------------------
    readonly property int toolTipDelay: 600   // ms

    readonly property int fontSmall: 12
    readonly property int fontBody: 14
    readonly property int fontTitle: 17
    readonly property int fontHeading: 22
    readonly property int fontKpi: 40
    readonly property int fontGlyph: 22
    readonly property int fontMapLabel: 13
}
