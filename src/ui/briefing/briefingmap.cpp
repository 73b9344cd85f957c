#include "briefingpage.h"

#include "geo/scalebar.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <functional>

using namespace Qt::StringLiterals;

namespace atalaya::briefing {

namespace {

constexpr double kMetresPerDegree = geo::kEarthRadiusMetres * M_PI / 180.0;

/** Equirectangular at the city's latitude, fitted into a rectangle: at city scale the same
 *  picture a Web Mercator map shows, and a straight line is a straight line. */
struct Projection {
    double lon0 = 0, lat0 = 0, cosLat = 1, scale = 1; // device units per degree of latitude
    QPointF origin;                                   // where (lon0, lat0) lands

    static Projection fit(const GeoBox &box, const QRectF &rect)
    {
        Projection pr;
        pr.lat0 = (box.minLat + box.maxLat) / 2;
        pr.lon0 = (box.minLon + box.maxLon) / 2;
        pr.cosLat = std::cos(pr.lat0 * M_PI / 180.0);
        const double w = std::max(1e-9, (box.maxLon - box.minLon) * pr.cosLat);
        const double h = std::max(1e-9, box.maxLat - box.minLat);
        pr.scale = std::min(rect.width() / w, rect.height() / h) * 0.94; // a margin of sea around the city
        pr.origin = rect.center();
        return pr;
    }
    QPointF operator()(const GeoPoint &g) const
    {
        return {origin.x() + (g.lon - lon0) * cosLat * scale, origin.y() - (g.lat - lat0) * scale};
    }
    double metresPerUnit() const { return kMetresPerDegree / scale; }
};

QPainterPath pathOf(const MultiPolygon &polygons, const Projection &pr)
{
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    const auto addRing = [&](const Ring &ring) {
        if (ring.isEmpty())
            return;
        QPolygonF poly;
        poly.reserve(ring.size() + 1);
        for (const GeoPoint &g : ring)
            poly.append(pr(g));
        poly.append(poly.constFirst());
        path.addPolygon(poly);
    };
    for (const Polygon &polygon : polygons) {
        addRing(polygon.outer);
        for (const Ring &hole : polygon.holes)
            addRing(hole);
    }
    return path;
}

QColor basemapColour(const QString &kind)
{
    if (kind == "sea"_L1)
        return colour::sea;
    if (kind == "river"_L1)
        return colour::river;
    if (kind == "park"_L1)
        return colour::park;
    if (kind == "beach"_L1)
        return colour::beach;
    return colour::land;
}

int basemapRank(const QString &kind)
{
    static const QStringList order = {u"sea"_s, u"land"_s, u"river"_s, u"park"_s, u"beach"_s};
    return int(order.indexOf(kind));
}

enum class Shape { Circle, Diamond, Triangle, Square, Cross };

void drawShape(QPainter &p, Shape shape, const QPointF &c, double size, const QColor &fill, const QColor &outline,
               double outlineWidth)
{
    p.setPen(QPen(outline, outlineWidth));
    p.setBrush(fill);
    const double r = size / 2;
    switch (shape) {
    case Shape::Circle:
        p.drawEllipse(c, r, r);
        break;
    case Shape::Diamond:
        p.drawPolygon(QPolygonF({c + QPointF(0, -r * 1.2), c + QPointF(r * 1.2, 0), c + QPointF(0, r * 1.2),
                                 c + QPointF(-r * 1.2, 0)}));
        break;
    case Shape::Triangle:
        p.drawPolygon(QPolygonF({c + QPointF(0, -r * 1.25), c + QPointF(r * 1.15, r * 0.85), c + QPointF(-r * 1.15, r * 0.85)}));
        break;
    case Shape::Square:
        p.drawRect(QRectF(c.x() - r * 0.9, c.y() - r * 0.9, r * 1.8, r * 1.8));
        break;
    case Shape::Cross:
        p.drawRect(QRectF(c.x() - r * 0.9, c.y() - r * 0.9, r * 1.8, r * 1.8));
        p.setPen(QPen(Qt::white, outlineWidth * 1.4));
        p.drawLine(c + QPointF(-r * 0.55, -r * 0.55), c + QPointF(r * 0.55, r * 0.55));
        p.drawLine(c + QPointF(-r * 0.55, r * 0.55), c + QPointF(r * 0.55, -r * 0.55));
        break;
    }
}

struct Symbol {
    Shape shape;
    QColor fill;
};

Symbol hospitalSymbol(AvailabilityLevel level)
{
    switch (level) {
    case AvailabilityLevel::High:
        return {Shape::Circle, colour::ok};
    case AvailabilityLevel::Medium:
        return {Shape::Diamond, colour::amber};
    case AvailabilityLevel::Low:
        return {Shape::Triangle, colour::red};
    case AvailabilityLevel::NoData:
        break;
    }
    return {Shape::Square, colour::noData};
}

Symbol siteSymbol(occupancy::Light light)
{
    switch (light) {
    case occupancy::Light::Green:
        return {Shape::Circle, colour::ok};
    case occupancy::Light::Amber:
        return {Shape::Diamond, colour::amber};
    case occupancy::Light::Red:
        return {Shape::Triangle, colour::red};
    case occupancy::Light::Closed:
        return {Shape::Cross, colour::closed};
    case occupancy::Light::Unknown:
        break;
    }
    return {Shape::Square, colour::noData};
}

void drawHospital(QPainter &p, const QPointF &c, AvailabilityLevel level, const Units &u)
{
    const Symbol s = hospitalSymbol(level);
    drawShape(p, s.shape, c, u.mm(4.2), s.fill, colour::ink, u.mm(0.3));
    // The white cross tells a hospital from a crowding site of the same level.
    const double arm = u.mm(1.1);
    p.setPen(QPen(Qt::white, u.mm(0.55), Qt::SolidLine, Qt::FlatCap));
    p.drawLine(c + QPointF(-arm, 0), c + QPointF(arm, 0));
    p.drawLine(c + QPointF(0, -arm), c + QPointF(0, arm));
}

void drawSite(QPainter &p, const QPointF &c, occupancy::Light light, const Units &u)
{
    const Symbol s = siteSymbol(light);
    drawShape(p, s.shape, c, u.mm(2.8), s.fill, Qt::white, u.mm(0.3));
}

/** A numbered marker ("A3", "N1"): a tag whose point touches the place. */
void drawTag(QPainter &p, const QPointF &at, const QString &text, const QColor &fill, const Units &u)
{
    const QFont f = u.font(6.5, true);
    const QFontMetricsF fm = u.metrics(f);
    const double w = fm.horizontalAdvance(text) + u.mm(1.6);
    const double h = fm.height() + u.mm(0.4);
    const QRectF box(at.x() - w / 2, at.y() - h - u.mm(1.4), w, h);
    QPainterPath tag;
    tag.addRoundedRect(box, u.mm(0.7), u.mm(0.7));
    QPainterPath point;
    point.addPolygon(QPolygonF({QPointF(at.x() - u.mm(0.9), box.bottom() - u.mm(0.1)),
                                QPointF(at.x() + u.mm(0.9), box.bottom() - u.mm(0.1)), at}));
    p.setPen(QPen(Qt::white, u.mm(0.25)));
    p.setBrush(fill);
    p.drawPath(tag.united(point));
    p.setPen(Qt::white);
    p.setFont(f);
    p.drawText(box, Qt::AlignCenter, text);
}

QList<double> districtValues(const BriefingData &d)
{
    QList<double> values;
    for (const BriefingData::District &district : d.districts) {
        if (district.incidence7)
            values.append(*district.incidence7);
    }
    return values;
}

QString number(double value, int decimals = 0)
{
    return QLocale().toString(value, 'f', decimals);
}


/** The size drawBoxedLabel gives this text. */
QSizeF boxedLabelSize(const QString &text, const QFont &font, const Units &u)
{
    const QRectF bounds = u.metrics(font).boundingRect(QRectF(0, 0, u.mm(60), u.mm(30)), Qt::AlignCenter, text);
    return {bounds.width() + u.mm(1.6), bounds.height() + u.mm(0.6)};
}

/** The label's centre: its own point if nothing stands there, else the nearest of a few steps
 *  around it that stays inside its district and the map and touches no marker nor another
 *  label. A district so full of markers that no step is free keeps its point. The chosen box is
 *  added to `taken`. */
QPointF placeLabel(const QPointF &preferred, const QSizeF &size, const QPainterPath &district, const QRectF &mapRect,
                   QList<QRectF> &taken)
{
    const double dx = size.width() * 0.6;
    const double dy = size.height() * 1.1;
    static const QPointF steps[] = {{0, 0},  {0, -1}, {0, 1},  {1, 0},   {-1, 0}, {1, -1}, {-1, -1}, {1, 1},
                                    {-1, 1}, {0, -2}, {0, 2},  {2, 0},   {-2, 0}, {0, -3}, {0, 3}};
    const auto boxAt = [&](const QPointF &c) { return QRectF(c.x() - size.width() / 2, c.y() - size.height() / 2, size.width(), size.height()); };
    for (const QPointF &step : steps) {
        const QPointF c(preferred.x() + step.x() * dx, preferred.y() + step.y() * dy);
        const QRectF box = boxAt(c);
        if (!mapRect.contains(box) || !district.contains(c))
            continue;
        if (std::none_of(taken.cbegin(), taken.cend(), [&](const QRectF &r) { return r.intersects(box); })) {
            taken.append(box);
            return c;
        }
    }
    taken.append(boxAt(preferred));
    return preferred;
}

struct LegendEntry {
    std::function<void(const QPointF &)> symbol; // draws the symbol centred on the point
    QString text;
};
struct LegendColumn {
    QString title;
    QList<LegendEntry> entries;
};

/** The legend's columns, one per layer shown. The symbols draw with `p`; measuring passes no
 *  painter and never calls them. */
QList<LegendColumn> legendColumns(QPainter *p, const Units &u, const BriefingData &d, const BriefingLayers &layers)
{
    QList<LegendColumn> columns;
    const auto swatch = [p, &u](const QColor &c) {
        return [p, &u, c](const QPointF &at) {
            p->setPen(QPen(colour::district, u.mm(0.25)));
            QColor fill = c;
            fill.setAlpha(190);
            p->setBrush(fill);
            p->drawRect(QRectF(at.x() - u.mm(2), at.y() - u.mm(1.4), u.mm(4), u.mm(2.8)));
        };
    };
    if (layers.districts) {
        const QList<double> breaks = incidenceBreaks(districtValues(d));
        LegendColumn c{d.districtsAsOf.isValid()
                           ? BriefingWriter::tr("7-day incidence per 100,000 (to %1)")
                                 .arg(QLocale().toString(d.districtsAsOf, u"d MMM"_s))
                           : BriefingWriter::tr("7-day incidence per 100,000"),
                       {}};
        for (int k = 0; k + 1 < breaks.size(); ++k)
            c.entries.append({swatch(incidenceClassColour(k)),
                              BriefingWriter::tr("%1 to under %2").arg(number(breaks[k]), number(breaks[k + 1]))});
        c.entries.append({swatch(incidenceClassColour(-1)), BriefingWriter::tr("No data")});
        columns.append(c);
    }
    if (layers.hospitals) {
        LegendColumn c{BriefingWriter::tr("Hospitals: ICU availability"), {}};
        const std::pair<AvailabilityLevel, QString> levels[] = {
            {AvailabilityLevel::High, BriefingWriter::tr("High (under 25 % occupied)")},
            {AvailabilityLevel::Medium, BriefingWriter::tr("Medium (25 % to 80 %)")},
            {AvailabilityLevel::Low, BriefingWriter::tr("Low (over 80 % occupied)")},
            {AvailabilityLevel::NoData, BriefingWriter::tr("No data")}};
        for (const auto &[level, text] : levels)
            c.entries.append({[p, &u, level](const QPointF &at) { drawHospital(*p, at, level, u); }, text});
        columns.append(c);
    }
    if (layers.sites) {
        LegendColumn c{BriefingWriter::tr("Crowding sites"), {}};
        const std::pair<occupancy::Light, QString> lights[] = {
            {occupancy::Light::Green, BriefingWriter::tr("Green: room to spare")},
            {occupancy::Light::Amber, BriefingWriter::tr("Amber: filling up")},
            {occupancy::Light::Red, BriefingWriter::tr("Red: crowded")},
            {occupancy::Light::Closed, BriefingWriter::tr("Closed: access closed")},
            {occupancy::Light::Unknown, BriefingWriter::tr("No recent reading")}};
        for (const auto &[light, text] : lights)
            c.entries.append({[p, &u, light](const QPointF &at) { drawSite(*p, at, light, u); }, text});
        columns.append(c);
    }
    if (layers.alerts || layers.notes) {
        LegendColumn c{BriefingWriter::tr("Markers"), {}};
        if (layers.alerts)
            c.entries.append({[p, &u](const QPointF &at) {
                                  drawTag(*p, at + QPointF(0, u.mm(1.6)), BriefingWriter::tr("A1"), colour::alert, u);
                              },
                              BriefingWriter::tr("Open alert, numbered as in \"Open alerts\"")});
        if (layers.notes)
            c.entries.append({[p, &u](const QPointF &at) {
                                  drawTag(*p, at + QPointF(0, u.mm(1.6)), BriefingWriter::tr("N1"), colour::note, u);
                              },
                              BriefingWriter::tr("Operator note, numbered as in \"Operator notes\"")});
        columns.append(c);
    }
    return columns;
}

/** Column widths, fonts and wrapped text heights, shared by measuring and drawing so that the
 *  legend takes exactly the room the page gave it. Text wraps rather than being cut: a legend
 *  entry must be read whole. */
struct LegendMetrics {
    LegendMetrics(const Units &u, double width, qsizetype columns)
        : u(u)
        , titleFont(u.font(7.5, true))
        , entryFont(u.font(7.5))
        , line(u.metrics(entryFont).height() * 1.35)
        , columnWidth(width / std::max<qsizetype>(1, columns))
        , textIndent(u.mm(6))
    {
    }
    double titleWidth() const { return columnWidth - u.mm(3); }
    double entryWidth() const { return columnWidth - textIndent - u.mm(3); }
    double titleHeight(const QString &title) const
    {
        return u.metrics(titleFont).boundingRect(QRectF(0, 0, titleWidth(), 1e9), Qt::TextWordWrap, title).height();
    }
    double entryHeight(const QString &text) const
    {
        const double wrapped = u.metrics(entryFont).boundingRect(QRectF(0, 0, entryWidth(), 1e9), Qt::TextWordWrap, text).height();
        return std::max(line, wrapped + (line - u.metrics(entryFont).height()));
    }

    const Units &u;
    QFont titleFont;
    QFont entryFont;
    double line;
    double columnWidth;
    double textIndent;
};
} // namespace

double MapBlock::naturalHeight(double width, const BriefingData &d)
{
    if (!d.bounds.valid)
        return width * 0.75;
    const double cosLat = std::cos(d.bounds.center().lat * M_PI / 180.0);
    const double w = std::max(1e-9, (d.bounds.maxLon - d.bounds.minLon) * cosLat);
    const double h = std::max(1e-9, d.bounds.maxLat - d.bounds.minLat);
    return width * h / w;
}

double MapBlock::legendHeight(const Units &u, const BriefingLayers &layers, double width, const BriefingData &d)
{
    const QList<LegendColumn> columns = legendColumns(nullptr, u, d, layers);
    if (columns.isEmpty())
        return 0;
    const LegendMetrics m(u, width, columns.size());
    double tallest = 0;
    for (const LegendColumn &c : columns) {
        double h = m.titleHeight(c.title) + u.mm(0.8);
        for (const LegendEntry &e : c.entries)
            h += m.entryHeight(e.text);
        tallest = std::max(tallest, h);
    }
    return u.mm(2) + tallest;
}

void MapBlock::draw(QPainter &p, const QRectF &mapRect, const QRectF &legendRect, const Units &u, const BriefingData &d,
                    const BriefingLayers &layers)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(colour::sea);
    p.drawRect(mapRect);
    p.setClipRect(mapRect);
    const Projection pr = Projection::fit(d.bounds, mapRect);

    QList<const BriefingData::BasemapFeature *> features;
    for (const BriefingData::BasemapFeature &f : d.basemap)
        features.append(&f);
    std::stable_sort(features.begin(), features.end(),
                     [](auto *a, auto *b) { return basemapRank(a->kind) < basemapRank(b->kind); });
    for (const BriefingData::BasemapFeature *f : std::as_const(features)) {
        const QColor c = basemapColour(f->kind);
        if (f->geometry.type == Geometry::Type::LineString) {
            QPolygonF line;
            for (const GeoPoint &g : f->geometry.line)
                line.append(pr(g));
            p.setPen(QPen(c, u.mm(1.2), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            p.setBrush(Qt::NoBrush);
            p.drawPolyline(line);
        } else if (f->geometry.type != Geometry::Type::Point) {
            p.setPen(Qt::NoPen);
            p.setBrush(c);
            p.drawPath(pathOf(f->geometry.polygons, pr));
        }
    }

    const QList<double> breaks = incidenceBreaks(districtValues(d));
    for (const BriefingData::District &district : d.districts) {
        QColor fill = layers.districts
            ? incidenceClassColour(district.incidence7 ? incidenceClass(*district.incidence7, breaks) : -1)
            : QColor(Qt::transparent);
        fill.setAlpha(layers.districts ? 190 : 0);
        p.setBrush(fill);
        p.setPen(QPen(colour::district, u.mm(0.35)));
        p.drawPath(pathOf(district.geometry.polygons, pr));
    }
    // Where the markers will stand, so the district labels can step aside: a marker drawn over a
    // district's figure would hide the very number the reader looks for.
    QList<QRectF> taken;
    const auto markerBox = [&](const QPointF &c, double size) {
        taken.append(QRectF(c.x() - size / 2, c.y() - size / 2, size, size));
    };
    const QFontMetricsF tagMetrics = u.metrics(u.font(6.5, true));
    const auto tagBox = [&](const QPointF &at, const QString &text) {
        const double w = tagMetrics.horizontalAdvance(text) + u.mm(1.6);
        const double h = tagMetrics.height() + u.mm(1.8);
        taken.append(QRectF(at.x() - w / 2, at.y() - h, w, h));
    };
    if (layers.sites) {
        for (qsizetype i = 0; i < d.sites.size() && i < d.siteLights.size(); ++i)
            markerBox(pr({d.sites[i].lat, d.sites[i].lon}), u.mm(3.6));
    }
    if (layers.hospitals) {
        for (const HospitalStatus &h : d.hospitals)
            markerBox(pr(h.location), u.mm(5.6));
    }
    if (layers.notes) {
        for (qsizetype i = 0; i < d.notes.size(); ++i) {
            if (d.notePlaces.value(i))
                tagBox(pr(*d.notePlaces[i]), BriefingWriter::tr("N%1").arg(i + 1));
        }
    }
    if (layers.alerts) {
        for (qsizetype i = 0; i < d.alerts.size(); ++i) {
            if (d.alerts[i].lat && d.alerts[i].lon)
                tagBox(pr({*d.alerts[i].lat, *d.alerts[i].lon}), BriefingWriter::tr("A%1").arg(i + 1));
        }
    }

    QColor labelBox(Qt::white);
    labelBox.setAlpha(215);
    const QFont labelFont = u.font(6.5);
    for (const BriefingData::District &district : d.districts) {
        QString label = district.name;
        if (layers.districts)
            label += u'\n' + (district.incidence7 ? number(*district.incidence7) : BriefingWriter::tr("no data"));
        const QPainterPath shape = pathOf(district.geometry.polygons, pr);
        const QPointF centre = placeLabel(pr(district.labelAt), boxedLabelSize(label, labelFont, u), shape, mapRect, taken);
        drawBoxedLabel(p, centre, label, labelFont, u, colour::ink, labelBox);
    }

    if (layers.sites) {
        for (qsizetype i = 0; i < d.sites.size() && i < d.siteLights.size(); ++i)
            drawSite(p, pr({d.sites[i].lat, d.sites[i].lon}), d.siteLights[i].light, u);
    }
    if (layers.hospitals) {
        for (const HospitalStatus &h : d.hospitals)
            drawHospital(p, pr(h.location), h.icuLevel, u);
    }
    if (layers.notes) {
        for (qsizetype i = 0; i < d.notes.size(); ++i) {
            if (d.notePlaces.value(i))
                drawTag(p, pr(*d.notePlaces[i]), BriefingWriter::tr("N%1").arg(i + 1), colour::note, u);
        }
    }
    if (layers.alerts) {
        for (qsizetype i = 0; i < d.alerts.size(); ++i) {
            const alerts::AlertRecord &a = d.alerts[i];
            if (a.lat && a.lon)
                drawTag(p, pr({*a.lat, *a.lon}), BriefingWriter::tr("A%1").arg(i + 1), colour::alert, u);
        }
    }

    // Scale bar and north, bottom left, on a white plate.
    const ScaleBarLength bar = niceScaleBar(pr.metresPerUnit(), u.mm(35));
    if (bar.pixels > 0) {
        const QFont f = u.font(6.5);
        const QRectF plate(mapRect.left() + u.mm(3), mapRect.bottom() - u.mm(10), bar.pixels + u.mm(14), u.mm(7));
        p.setPen(Qt::NoPen);
        p.setBrush(labelBox);
        p.drawRoundedRect(plate, u.mm(0.8), u.mm(0.8));
        const double y = plate.bottom() - u.mm(2);
        const double x0 = plate.left() + u.mm(2);
        p.setPen(QPen(colour::ink, u.mm(0.4)));
        p.drawLine(QPointF(x0, y), QPointF(x0 + bar.pixels, y));
        p.drawLine(QPointF(x0, y - u.mm(1)), QPointF(x0, y));
        p.drawLine(QPointF(x0 + bar.pixels, y - u.mm(1)), QPointF(x0 + bar.pixels, y));
        p.setFont(f);
        p.drawText(QRectF(x0, plate.top(), bar.pixels, u.mm(4)), Qt::AlignCenter, bar.label);
        p.drawText(QRectF(x0 + bar.pixels + u.mm(1.5), plate.top(), u.mm(9), plate.height()), Qt::AlignCenter,
                   BriefingWriter::tr("N ↑"));
    }
    p.setClipping(false);
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(colour::muted, u.mm(0.3)));
    p.drawRect(mapRect);

    // The legend under the map, laid out as legendHeight measured it.
    const QList<LegendColumn> columns = legendColumns(&p, u, d, layers);
    const LegendMetrics m(u, legendRect.width(), columns.size());
    for (qsizetype i = 0; i < columns.size(); ++i) {
        const double x = legendRect.left() + i * m.columnWidth;
        double y = legendRect.top() + u.mm(1);
        const double titleH = m.titleHeight(columns[i].title);
        p.setPen(colour::ink);
        p.setFont(m.titleFont);
        p.drawText(QRectF(x, y, m.titleWidth(), titleH), Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, columns[i].title);
        y += titleH + u.mm(0.8);
        for (const LegendEntry &e : std::as_const(columns[i].entries)) {
            const double h = m.entryHeight(e.text);
            e.symbol(QPointF(x + u.mm(2.5), y + m.line / 2));
            p.setPen(colour::ink);
            p.setFont(m.entryFont);
            p.drawText(QRectF(x + m.textIndent, y, m.entryWidth(), h), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, e.text);
            y += h;
        }
    }
    p.restore();
}

} // namespace atalaya::briefing
