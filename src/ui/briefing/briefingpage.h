#pragma once

#include "briefingdata.h"
#include "briefingwriter.h"

#include <QColor>
#include <QFont>
#include <QFontMetricsF>
#include <QRectF>

class QPainter;
class QPaintDevice;

// Shared by the briefing's drawing code: millimetres to device units, the print fonts and the
// print palette. Print has its own palette (not Theme.qml's): white paper, colours that survive
// a grey-scale office printer, the Okabe-Ito status hues the app uses for the same meanings.
namespace atalaya::briefing {

struct Units {
    const QPaintDevice *device = nullptr;
    double dpi = 600;
    double fontScale = 1.0; // A3 prints somewhat larger type: it is read from further away

    double mm(double millimetres) const { return millimetres * dpi / 25.4; }
    QFont font(double points, bool bold = false) const;
    QFontMetricsF metrics(const QFont &font) const;
};

namespace colour {
inline const QColor ink{0x1a, 0x1d, 0x21};
inline const QColor muted{0x5b, 0x61, 0x69};
inline const QColor rule{0xcf, 0xcc, 0xc3};
inline const QColor band{0xf1, 0xef, 0xea};
inline const QColor accent{0x00, 0x72, 0xb2};
inline const QColor ok{0x00, 0x9e, 0x73};
inline const QColor amber{0xe6, 0x9f, 0x00};
inline const QColor red{0xd5, 0x5e, 0x00};
inline const QColor closed{0x7f, 0x00, 0x00};
inline const QColor noData{0x8a, 0x8f, 0x96};
inline const QColor okText{0x00, 0x69, 0x4d};
inline const QColor redText{0xb0, 0x4a, 0x00};
inline const QColor alert{0xb0, 0x1c, 0x1c};
inline const QColor note{0x4b, 0x3a, 0x8c};
inline const QColor sea{0xcf, 0xe3, 0xf0};
inline const QColor land{0xf7, 0xf5, 0xef};
inline const QColor park{0xd9, 0xea, 0xcf};
inline const QColor beach{0xf3, 0xe6, 0xc0};
inline const QColor river{0xb4, 0xd4, 0xea};
inline const QColor district{0x4a, 0x3d, 0x63};
inline const QColor chartDaily{0x9c, 0xc8, 0xe6};
inline const QColor chartAverage{0xb8, 0x6e, 0x00};
inline const QColor chartLine{0x00, 0x72, 0xb2};
inline const QColor grid{0xe4, 0xe1, 0xda};
} // namespace colour

/** Five sequential classes (ColorBrewer YlOrRd, light to dark, readable in grey). */
QColor incidenceClassColour(int colourClass);
/** Round class breaks over the values (lowest first, 6 edges for 5 classes). */
QList<double> incidenceBreaks(const QList<double> &values);
int incidenceClass(double value, const QList<double> &breaks);

/** The map block: frame, basemap, layers, markers, scale bar; the legend under it. */
struct MapBlock {
    /** The legend's height at this width: its text wraps, never cut. */
    static double legendHeight(const Units &u, const BriefingLayers &layers, double width, const BriefingData &d);
    static void draw(QPainter &p, const QRectF &mapRect, const QRectF &legendRect, const Units &u,
                     const BriefingData &d, const BriefingLayers &layers);
    /** The height a map of this width needs to show the city at its own proportions. */
    static double naturalHeight(double width, const BriefingData &d);
};

/** Charts drawn with QPainter: axes, labels, the data time marked. */
struct Charts {
    static void cases(QPainter &p, const QRectF &rect, const Units &u, const BriefingData &d);
    static void districtIncidence(QPainter &p, const QRectF &rect, const Units &u, const BriefingData &d);
    static double districtIncidenceHeight(const Units &u, const BriefingData &d);
    static void icu(QPainter &p, const QRectF &rect, const Units &u, const BriefingData &d);
};

/** Text inside a rectangle with a white box behind it (map labels; a halo would turn text into
 *  outlines, and the PDF's text must stay searchable). */
void drawBoxedLabel(QPainter &p, const QPointF &centre, const QString &text, const QFont &font, const Units &u,
                    const QColor &ink, const QColor &box);

} // namespace atalaya::briefing
