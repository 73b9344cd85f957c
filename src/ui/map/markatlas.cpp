#include "markatlas.h"

#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <cmath>
#include <numbers>

namespace atalaya {

namespace {

// Transparent pixels around every picture, so that linear filtering never samples a neighbour.
constexpr int kPad = 2;
// The characters a count label can use.
constexpr QStringView kLabelCharacters = u"0123456789.kM";

int ringKey(int open, int limited)
{
    return open * (MarkAtlas::kRingSteps + 1) + limited;
}

/** A shape of "radius" r (the circle it fills) centred on the origin. */
QPainterPath shapePath(const QString &name, double r)
{
    QPainterPath path;
    auto polygon = [&path](const QList<QPointF> &points) {
        path.addPolygon(QPolygonF(points));
        path.closeSubpath();
    };
    if (name == u"square") {
        const double h = r * 0.86;
        path.addRect(QRectF(-h, -h, 2 * h, 2 * h));
    } else if (name == u"diamond") {
        polygon({{0, -r}, {r, 0}, {0, r}, {-r, 0}});
    } else if (name == u"triangle") {
        polygon({{0, -r}, {r * 0.97, r * 0.8}, {-r * 0.97, r * 0.8}});
    } else if (name == u"hexagon") {
        QList<QPointF> points;
        for (int i = 0; i < 6; ++i) {
            const double a = std::numbers::pi / 3 * i - std::numbers::pi / 2;
            points.append({r * std::cos(a), r * std::sin(a)});
        }
        polygon(points);
    } else if (name == u"cross") {
        const double t = r * 0.42;
        polygon({{-t, -r}, {t, -r}, {t, -t}, {r, -t}, {r, t}, {t, t}, {t, r}, {-t, r}, {-t, t}, {-r, t}, {-r, -t}, {-t, -t}});
    } else if (name == u"star") {
        QList<QPointF> points;
        for (int i = 0; i < 10; ++i) {
            const double a = std::numbers::pi / 5 * i - std::numbers::pi / 2;
            const double radius = i % 2 == 0 ? r : r * 0.48;
            points.append({radius * std::cos(a), radius * std::sin(a)});
        }
        polygon(points);
    } else {
        path.addEllipse(QPointF(0, 0), r, r);
    }
    return path;
}

/** The ring band between radii inner and outer from angle `from` over `sweep` degrees, clockwise
 *  from twelve o'clock. */
QPainterPath bandPath(double inner, double outer, double from, double sweep)
{
    QPainterPath path;
    if (sweep >= 360) {
        path.addEllipse(QPointF(0, 0), outer, outer);
        path.addEllipse(QPointF(0, 0), inner, inner);
        path.setFillRule(Qt::OddEvenFill);
        return path;
    }
    // QPainterPath counts angles counter-clockwise from three o'clock.
    const double start = 90 - from;
    const QRectF outerBox(-outer, -outer, 2 * outer, 2 * outer);
    const QRectF innerBox(-inner, -inner, 2 * inner, 2 * inner);
    path.arcMoveTo(outerBox, start);
    path.arcTo(outerBox, start, -sweep);
    path.arcTo(innerBox, start - sweep, sweep);
    path.closeSubpath();
    return path;
}

/** Row-by-row placement of rectangles in an image of a fixed width. */
class ShelfPacker
{
public:
    explicit ShelfPacker(int width) : m_width(width) {}

    QRect place(QSize size)
    {
        if (m_x + size.width() > m_width) {
            m_y += m_rowHeight;
            m_x = 0;
            m_rowHeight = 0;
        }
        const QRect rect(QPoint(m_x, m_y), size);
        m_x += size.width();
        m_rowHeight = std::max(m_rowHeight, size.height());
        return rect;
    }
    int height() const { return m_y + m_rowHeight; }

private:
    int m_width;
    int m_x = 0;
    int m_y = 0;
    int m_rowHeight = 0;
};

} // namespace

MarkAtlas::MarkAtlas(const MarkStyle &style)
    : m_style(style)
{
    const double dpr = std::clamp(style.devicePixelRatio, 0.5, 8.0);
    const double halo = 1.5 * dpr;
    const double line = std::max(1.5, style.pointSize * 0.09) * dpr;
    const int categories = style.categoryCount();

    const int iconPx = int(std::ceil(style.pointSize * dpr)) + 2 * kPad;
    const double clusterMax = clusterDiameter(4);
    const int ringPx = int(std::ceil(clusterMax * dpr)) + 2 * kPad;
    const int selectionPx = int(std::ceil(std::max(style.pointSize * 1.8, clusterMax * 1.3) * dpr)) + 2 * kPad;

    QFont font;
    font.setBold(true);
    font.setPixelSize(std::max(1, int(std::lround(style.clusterSize * 0.36 * dpr))));
    const QFontMetricsF metrics(font);
    const int glyphHeight = int(std::ceil(metrics.ascent() + metrics.descent()));
    m_labelHeight = glyphHeight / dpr;

    // Place everything first, so that the image is allocated once at its final size.
    ShelfPacker packer(std::max(1024, int(std::ceil(1024 * dpr))));
    for (int i = 0; i < (categories + 1) * kServiceStatusCount; ++i)
        m_icons.append(packer.place(QSize(iconPx, iconPx)));
    for (int open = 0; open <= kRingSteps; ++open) {
        for (int limited = 0; open + limited <= kRingSteps; ++limited)
            m_rings.insert(ringKey(open, limited), packer.place(QSize(ringPx, ringPx)));
    }
    m_selection = packer.place(QSize(selectionPx, selectionPx));
    for (const QChar c : kLabelCharacters) {
        const double advance = metrics.horizontalAdvance(c);
        const QRect rect = packer.place(QSize(int(std::ceil(advance)) + 2 * kPad, glyphHeight + 2 * kPad));
        m_glyphs.insert(c, Glyph{rect, advance / dpr});
    }

    m_image = QImage(std::max(1024, int(std::ceil(1024 * dpr))), packer.height(), QImage::Format_ARGB32_Premultiplied);
    m_image.fill(Qt::transparent);
    QPainter painter(&m_image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);

    // Single points: halo, then the status fill, then the outline (and the closed bar).
    const double r = iconPx / 2.0 - kPad - halo - line / 2;
    for (int category = 0; category <= categories; ++category) {
        const bool styled = category < categories;
        const QColor colour = styled && category < style.categoryColors.size() ? style.categoryColors.at(category)
                                                                              : style.fallbackColor;
        const QString shape = styled && category < style.categoryShapes.size() ? style.categoryShapes.at(category)
                                                                               : QStringLiteral("circle");
        const QPainterPath path = shapePath(shape, r);
        for (int s = 0; s < kServiceStatusCount; ++s) {
            const QRect box = m_icons.at(category * kServiceStatusCount + s);
            painter.save();
            painter.translate(QRectF(box).center());
            painter.setPen(QPen(style.haloColor, line + 2 * halo, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            painter.setBrush(style.haloColor);
            painter.drawPath(path);
            painter.setPen(Qt::NoPen);
            painter.setBrush(colour);
            switch (ServiceStatus(s)) {
            case ServiceStatus::Open:
                painter.drawPath(path);
                break;
            case ServiceStatus::Limited: {
                QPainterPath lower;
                lower.addRect(QRectF(-r - line, 0, 2 * (r + line), r + line));
                painter.drawPath(path.intersected(lower));
                break;
            }
            case ServiceStatus::Closed:
                break;
            }
            painter.setBrush(Qt::NoBrush);
            painter.setPen(QPen(colour, line, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            painter.drawPath(path);
            if (ServiceStatus(s) == ServiceStatus::Closed) {
                painter.setClipPath(path);
                painter.drawLine(QPointF(-r, -r), QPointF(r, r));
            }
            painter.restore();
        }
    }

    // Cluster rings: a disc for the count inside a band split clockwise from twelve o'clock into
    // open, limited and closed parts, filled like the icons (full, outer half, outline only).
    const double outer = ringPx / 2.0 - kPad - halo;
    const double band = outer * 0.3;
    const double inner = outer - band;
    for (auto it = m_rings.cbegin(); it != m_rings.cend(); ++it) {
        const int open = it.key() / (kRingSteps + 1);
        const int limited = it.key() % (kRingSteps + 1);
        const std::array<int, kServiceStatusCount> steps{open, limited, kRingSteps - open - limited};
        painter.save();
        painter.translate(QRectF(it.value()).center());
        painter.setPen(Qt::NoPen);
        painter.setBrush(style.haloColor);
        painter.drawEllipse(QPointF(0, 0), outer + halo, outer + halo);
        painter.setBrush(style.clusterColor);
        painter.drawEllipse(QPointF(0, 0), inner, inner);
        double from = 0;
        int parts = 0;
        for (int s = 0; s < kServiceStatusCount; ++s) {
            if (steps[size_t(s)] == 0)
                continue;
            ++parts;
            const double sweep = 360.0 * steps[size_t(s)] / kRingSteps;
            const QColor colour = style.statusColors[size_t(s)];
            painter.setPen(Qt::NoPen);
            painter.setBrush(colour);
            if (ServiceStatus(s) == ServiceStatus::Open)
                painter.drawPath(bandPath(inner, outer, from, sweep));
            else if (ServiceStatus(s) == ServiceStatus::Limited)
                painter.drawPath(bandPath(outer - band / 2, outer, from, sweep));
            if (ServiceStatus(s) != ServiceStatus::Open) {
                painter.setBrush(Qt::NoBrush);
                painter.setPen(QPen(colour, line * 0.8));
                painter.drawPath(bandPath(inner + line * 0.4, outer - line * 0.4, from, sweep));
            }
            from += sweep;
        }
        if (parts > 1) {
            // Halo-coloured gaps between the parts, so that their order reads without colour.
            painter.setPen(QPen(style.haloColor, halo));
            double at = 0;
            for (int s = 0; s < kServiceStatusCount; ++s) {
                if (steps[size_t(s)] == 0)
                    continue;
                const double a = (at - 90) * std::numbers::pi / 180;
                painter.drawLine(QPointF(inner * std::cos(a), inner * std::sin(a)),
                                 QPointF(outer * std::cos(a), outer * std::sin(a)));
                at += 360.0 * steps[size_t(s)] / kRingSteps;
            }
        }
        painter.restore();
    }

    // The selection: a halo ring in the selection colour around a tinted disc.
    {
        painter.save();
        painter.translate(QRectF(m_selection).center());
        const double width = 3 * dpr;
        const double radius = selectionPx / 2.0 - kPad - width / 2;
        QColor tint = style.selectionColor;
        tint.setAlphaF(0.25f);
        painter.setBrush(tint);
        painter.setPen(QPen(style.selectionColor, width));
        painter.drawEllipse(QPointF(0, 0), radius, radius);
        painter.restore();
    }

    painter.setFont(font);
    painter.setPen(style.labelColor);
    for (auto it = m_glyphs.cbegin(); it != m_glyphs.cend(); ++it)
        painter.drawText(QPointF(it.value().source.left() + kPad, it.value().source.top() + kPad + metrics.ascent()),
                         QString(it.key()));
    painter.end();
    m_image.setDevicePixelRatio(dpr);
}

QRect MarkAtlas::icon(int category, ServiceStatus status) const
{
    const int categories = m_style.categoryCount();
    const int row = category >= 0 && category < categories ? category : categories;
    return m_icons.value(row * kServiceStatusCount + int(status));
}

QRect MarkAtlas::ring(const std::array<int, kServiceStatusCount> &steps) const
{
    return m_rings.value(ringKey(steps[0], steps[1]));
}

const MarkAtlas::Glyph *MarkAtlas::glyph(QChar c) const
{
    const auto it = m_glyphs.constFind(c);
    return it == m_glyphs.cend() ? nullptr : &it.value();
}

double MarkAtlas::clusterDiameter(qsizetype labelLength) const
{
    if (labelLength <= 2)
        return m_style.clusterSize;
    return m_style.clusterSize * (labelLength == 3 ? 1.12 : 1.24);
}

std::array<int, kServiceStatusCount> MarkAtlas::ringSteps(const std::array<int, kServiceStatusCount> &counts)
{
    std::array<int, kServiceStatusCount> steps{};
    qint64 total = 0;
    int present = 0;
    for (const int c : counts) {
        total += std::max(0, c);
        present += c > 0 ? 1 : 0;
    }
    if (total == 0) {
        steps[0] = kRingSteps;
        return steps;
    }
    // Every status present gets one part first; the rest goes by largest remainder.
    const int shared = kRingSteps - present;
    std::array<double, kServiceStatusCount> remainder{};
    int given = 0;
    for (int s = 0; s < kServiceStatusCount; ++s) {
        if (counts[size_t(s)] <= 0)
            continue;
        const double exact = double(shared) * counts[size_t(s)] / double(total);
        steps[size_t(s)] = 1 + int(std::floor(exact));
        remainder[size_t(s)] = exact - std::floor(exact);
        given += steps[size_t(s)];
    }
    while (given < kRingSteps) {
        int best = -1;
        for (int s = 0; s < kServiceStatusCount; ++s) {
            if (counts[size_t(s)] > 0 && (best < 0 || remainder[size_t(s)] > remainder[size_t(best)]))
                best = s;
        }
        ++steps[size_t(best)];
        remainder[size_t(best)] = -1;
        ++given;
    }
    return steps;
}

QString MarkAtlas::countLabel(int count)
{
    if (count < 1000)
        return QString::number(std::max(0, count));
    auto scaled = [](int value, int unit, QChar suffix) {
        const int whole = value / unit;
        if (whole >= 10)
            return QString::number(whole) + suffix;
        const int tenth = (value % unit) / (unit / 10);
        return tenth == 0 ? QString::number(whole) + suffix
                          : QString::number(whole) + u'.' + QString::number(tenth) + suffix;
    };
    if (count < 1'000'000)
        return scaled(count, 1000, u'k');
    return scaled(count, 1'000'000, u'M');
}

} // namespace atalaya
