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

    // --- choropleth (epidemic map) -------------------------------------------------------------------
    // Ordered scales, low to high. Risk levels run green to dark red like the CDC and ECDC maps;
    // indicator classes run yellow to red (ColorBrewer YlOrRd); the colour-blind option is viridis,
    // distinct for every kind of colour blindness and in greyscale. Each class also has a glyph
    // of rising height, so the colour never carries the level alone.
    readonly property list<color> riskScale: ["#1a9850", "#fee08b", "#fc8d59", "#d73027", "#7f0000"]
    readonly property list<color> sequentialScale: ["#ffffb2", "#fed976", "#feb24c", "#fd8d3c", "#f03b20", "#bd0026"]
    readonly property list<color> colourBlindScale: ["#fde725", "#7ad151", "#22a884", "#2a788e", "#414487", "#440154"]
    readonly property list<string> classGlyphs: ["▁", "▃", "▅", "▇", "█"]
    readonly property string glyphNoData: "?"
    readonly property color choroplethNoData: root.dark ? "#3a414d" : "#cfcfcf"
    readonly property real choroplethOpacity: 0.72
    readonly property int legendSwatch: 16
    readonly property int rankingValueWidth: 110
    readonly property int rankingRiskWidth: 124
    readonly property int rankingTrendWidth: 104
    readonly property int rankingDensityWidth: 96
    readonly property int rankingShareWidth: 72
    readonly property int rankingIndexWidth: 92
    readonly property int epidemicWideWidth: 1200   // below: the table goes under the map
    readonly property int epidemicMapMinHeight: 420
    readonly property int epidemicHeadlineCardWidth: 200
    readonly property int epidemicCardHeight: 150
    readonly property int epidemicChartsHeight: 560
    readonly property int playInterval: 250       // ms per day while replaying

    // Spreads classCount classes over a scale's ends, so 3 or 6 classes both span low to high.
    function spread(colourClass: int, classCount: int, length: int): int {
        if (classCount <= 1)
            return 0
        // A class past the count (a scheme change seen before its rows) takes the top colour.
        return Math.round(Math.min(colourClass, classCount - 1) * (length - 1) / (classCount - 1))
    }
    function choroplethColour(colourClass: int, classCount: int, byRisk: bool): color {
        if (colourClass < 0)
            return root.choroplethNoData
        if (!AppSettings.colourBlindPalette && byRisk) {
            // Up to four levels end at red; dark red is kept for a fifth (ECDC's "dark red").
            const used = classCount >= root.riskScale.length ? root.riskScale.length : root.riskScale.length - 1
            return root.riskScale[root.spread(colourClass, classCount, used)]
        }
        const scale = AppSettings.colourBlindPalette ? root.colourBlindScale : root.sequentialScale
        return scale[root.spread(colourClass, classCount, scale.length)]
    }
    function classGlyph(colourClass: int, classCount: int): string {
        if (colourClass < 0)
            return root.glyphNoData
        return root.classGlyphs[root.spread(colourClass, classCount, root.classGlyphs.length)]
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
    // Epidemic charts: Okabe-Ito hues, and every line also differs by style or width.
    readonly property color chartDaily: root.dark ? "#56b4e9" : "#56b4e9"     // sky blue, thin
    readonly property color chartAverage: root.dark ? "#e69f00" : "#b86e00"   // orange, thick
    readonly property color chartDeaths: root.dark ? "#d55e00" : "#b04a00"    // vermillion
    readonly property color chartDose1: root.dark ? "#56b4e9" : "#0072b2"     // solid
    readonly property color chartDose2: root.dark ? "#009e73" : "#00694d"     // dashed
    readonly property color chartBooster: root.dark ? "#cc79a7" : "#a4487c"   // dotted
    // The comparison regions (thin dotted), none the hue of chartSelected, chartCity or chartCursor.
    readonly property list<color> chartComparisons: root.dark
        ? ["#e69f00", "#009e73", "#d55e00", "#0072b2", "#9aa4b2", "#e8ebf0"]
        : ["#b86e00", "#00694d", "#b04a00", "#56b4e9", "#5b6169", "#8c8200"]
    readonly property int chartThinLineWidth: 1
    readonly property int chartThickLineWidth: 3
    readonly property int chartMinHeight: 240
    readonly property int chartsWideWidth: 900        // below: one chart per row
    readonly property int chartRefillDelay: 150       // ms after the last resize before refilling
    readonly property int chartDescribeDelay: 200     // ms after the last day change before re-describing

    // --- type --------------------------------------------------------------------------------------
    readonly property int toolTipDelay: 600   // ms

    readonly property int fontSmall: 12
    readonly property int fontBody: 14
    readonly property int fontTitle: 17
    readonly property int fontHeading: 22
    readonly property int fontKpi: 40
    readonly property int fontKpiCompact: 28
    readonly property int fontGlyph: 22
    readonly property int fontMapLabel: 13

    // --- overview, presentation mode, detached windows ------------------------------------------------
    readonly property string briefingGlyph: "Δ"      // "changed since the briefing"
    readonly property int overviewSideWidth: 520      // the map and open alerts beside the cards
    readonly property int overviewWideWidth: 1250     // below: map and alerts go under the cards
    readonly property int overviewMapMinHeight: 320
    readonly property int overviewAlertsMaxHeight: 260
    readonly property int overviewListRowHeight: 30
    readonly property int overviewPlaceSize: 18
    // Presentation: every page drawn this much larger, so a video wall is read from the back of
    // the room; the page lays out for the screen divided by it.
    readonly property real presentationScale: 1.5
    readonly property int presentationBarHeight: 72
    readonly property real presentationSideShare: 0.4   // of the Overview's width, for the map
    readonly property int fontPresentation: 26
    readonly property int presentationSettingsWidth: 380
    readonly property int storeDialogWidth: 560
    readonly property int detachedDefaultWidth: 1100
    readonly property int detachedDefaultHeight: 760

    // --- essential services (the Map page) -----------------------------------------------------------
    // Each built-in category has its own Okabe-Ito hue and its own shape, so categories stay apart
    // for colour-blind viewers and in greyscale; the light theme uses darker tones of the same hues
    // against its pale map. A point's status is its fill (open filled, limited half, closed hollow
    // with a bar), written as the matching glyph and a word in lists and cards.
    readonly property var serviceCategoryStyles: ({
        "pharmacies": { dark: "#009e73", light: "#00845f", shape: "cross" },
        "supermarkets": { dark: "#e69f00", light: "#b86e00", shape: "square" },
        "health-centres": { dark: "#56b4e9", light: "#0072b2", shape: "hexagon" },
        "elderly-homes": { dark: "#cc79a7", light: "#a4487c", shape: "diamond" },
        "social-services": { dark: "#f0e442", light: "#8c8200", shape: "triangle" },
        "benches": { dark: "#9aa4b2", light: "#5b6169", shape: "circle" },
        "recreational-areas": { dark: "#d55e00", light: "#b04a00", shape: "star" }
    })
    // Categories an import created take these in turn: a shape and a hue each, as far as they go.
    readonly property list<color> serviceExtraColours: root.dark
        ? ["#e8ebf0", "#56b4e9", "#e69f00", "#cc79a7", "#009e73", "#f0e442", "#d55e00"]
        : ["#1a1d21", "#0072b2", "#b86e00", "#a4487c", "#00694d", "#8c8200", "#b04a00"]
    readonly property list<string> serviceExtraShapes: ["circle", "square", "diamond", "triangle", "hexagon", "cross", "star"]
    readonly property var serviceShapeGlyphs: ({
        "circle": "●", "square": "■", "diamond": "◆", "triangle": "▲", "hexagon": "⬢", "cross": "✚", "star": "★"
    })
    readonly property string serviceOpenGlyph: "●"
    readonly property string serviceLimitedGlyph: "◐"
    readonly property string serviceClosedGlyph: "⊘"
    readonly property color serviceHalo: root.dark ? "#0e1116" : "#ffffff"
    readonly property color serviceClusterFill: root.dark ? "#1f2530" : "#ffffff"
    readonly property color serviceClusterLabel: root.dark ? "#e8ebf0" : "#1a1d21"
    readonly property color serviceSelection: root.dark ? "#f0e442" : "#0072b2"
    readonly property color servicePostCodeLine: root.dark ? "#f0e442" : "#0072b2"
    readonly property int servicePostCodeLineWidth: 3
    // Recreational areas: filled when open to the chosen audience, outlined only when closed.
    readonly property color serviceAreaOpenFill: root.dark ? "#99009e73" : "#8800845f"
    readonly property color serviceAreaLine: root.dark ? "#3fd4a6" : "#00694d"
    readonly property color serviceAreaClosedLine: root.dark ? "#9aa4b2" : "#5b6169"
    readonly property int serviceAreaLineWidth: 2
    readonly property string serviceAreaOpenGlyph: "●"
    readonly property string serviceAreaClosedGlyph: "○"
    readonly property int servicePointSize: 22
    readonly property int serviceClusterSize: 36
    readonly property int servicesPaneWidth: 360
    readonly property int serviceCardWidth: 400
    readonly property int serviceSwatchWidth: 22
    readonly property int serviceResultsMaxHeight: 320
    readonly property int serviceSearchDelay: 80      // ms after the last keystroke
    readonly property int serviceFocusZoom: 17        // a service flown to is drawn on its own
    readonly property int serviceClusterZoomStep: 2   // a click on a cluster zooms in this much

    function serviceColour(slug: string, index: int): color {
        const style = root.serviceCategoryStyles[slug]
        if (style)
            return root.dark ? style.dark : style.light
        return root.serviceExtraColours[Math.max(0, index) % root.serviceExtraColours.length]
    }
    function serviceShape(slug: string, index: int): string {
        const style = root.serviceCategoryStyles[slug]
        return style ? style.shape : root.serviceExtraShapes[Math.max(0, index) % root.serviceExtraShapes.length]
    }
    function serviceGlyph(slug: string, index: int): string {
        return root.serviceShapeGlyphs[root.serviceShape(slug, index)] ?? "●"
    }
    function serviceStatusGlyph(status: string): string {
        return status === "open" ? root.serviceOpenGlyph
             : status === "limited" ? root.serviceLimitedGlyph : root.serviceClosedGlyph
    }
    function serviceStatusColour(status: string): color {
        return status === "open" ? root.statusOkText
             : status === "limited" ? root.statusAmberText : root.statusRedText
    }
}
