#pragma once

#include "services/pointindex.h"

#include <QColor>
#include <QHash>
#include <QImage>
#include <QList>
#include <QRect>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <array>

namespace atalaya {

/** How the service-point marks look; the map layer's style properties. */
struct MarkStyle {
    QList<QColor> categoryColors;
    QStringList categoryShapes;  // circle, square, diamond, triangle, hexagon, cross, star
    std::array<QColor, kServiceStatusCount> statusColors{QColor(0x00, 0x9e, 0x73), QColor(0xe6, 0x9f, 0x00),
                                                         QColor(0xd5, 0x5e, 0x00)};
    QColor fallbackColor{0x8a, 0x8f, 0x96};  // a category with no colour of its own
    QColor haloColor{0xff, 0xff, 0xff};      // around every mark, and inside hollow ones
    QColor clusterColor{0xff, 0xff, 0xff};   // the disc inside a cluster's ring
    QColor labelColor{0x1a, 0x1d, 0x21};     // a cluster's count
    QColor selectionColor{0x00, 0x72, 0xb2};
    double pointSize = 22;    // logical pixels across a single point's icon
    double clusterSize = 36;  // across a cluster of up to two digits; longer counts grow it
    double devicePixelRatio = 1;

    int categoryCount() const { return int(std::max(categoryColors.size(), categoryShapes.size())); }
    friend bool operator==(const MarkStyle &, const MarkStyle &) = default;
};

/** Every picture the layer draws, painted once with QPainter into one image at the screen's
 *  device pixel ratio so that all marks share a texture and a draw call: each category's shape
 *  in its colour with the status as fill (open filled, limited half-filled, closed hollow with a
 *  bar: readable without colour), cluster rings split by the status mix in kRingSteps parts with
 *  the same fills, the selection halo, and the glyphs of cluster counts. */
class MarkAtlas
{
public:
    static constexpr int kRingSteps = 16;

    struct Glyph {
        QRect source;        // in atlas pixels
        double advance = 0;  // logical pixels
    };

    MarkAtlas() = default;
    explicit MarkAtlas(const MarkStyle &style);

    bool isNull() const { return m_image.isNull(); }
    const MarkStyle &style() const { return m_style; }
    /** Premultiplied ARGB; its device pixel ratio is the style's. */
    const QImage &image() const { return m_image; }

    /** A single point's icon (categories without a style get the fallback circle). */
    QRect icon(int category, ServiceStatus status) const;
    /** The ring for a status mix already quantised by ringSteps(). */
    QRect ring(const std::array<int, kServiceStatusCount> &steps) const;
    QRect selection() const { return m_selection; }
    const Glyph *glyph(QChar c) const;
    /** Logical height of a line of count glyphs. */
    double labelHeight() const { return m_labelHeight; }

    /** Logical size of a cluster's ring for a label of that many characters. */
    double clusterDiameter(qsizetype labelLength) const;
    /** The ring a cluster's status counts get: kRingSteps parts shared by largest remainder,
     *  with at least one part for every status present, so a single closed service among
     *  hundreds still shows. */
    static std::array<int, kServiceStatusCount> ringSteps(const std::array<int, kServiceStatusCount> &counts);
    /** "7", "12", "999", "1.2k", "12k", "123k", "1.2M": at most four characters, never rounded
     *  up (1,299 is "1.2k"), so a count is never overstated. */
    static QString countLabel(int count);

private:
    MarkStyle m_style;
    QImage m_image;
    QList<QRect> m_icons;  // (categoryCount + 1) x kServiceStatusCount; the last row is the fallback
    QHash<int, QRect> m_rings;  // open * (kRingSteps + 1) + limited
    QRect m_selection;
    QHash<QChar, Glyph> m_glyphs;
    double m_labelHeight = 0;
};

} // namespace atalaya
