#include "briefingpage.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace atalaya::briefing {

namespace {

/** A round axis top and its step: 0, step, ... top >= maximum, about `count` steps. */
std::pair<double, double> niceAxis(double maximum, int count = 5)
{
    if (!(maximum > 0))
        return {1.0, 0.2};
    const double raw = maximum / count;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double step = 10 * magnitude;
    for (const double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (m * magnitude >= raw) {
            step = m * magnitude;
            break;
        }
    }
    return {std::ceil(maximum / step - 1e-9) * step, step};
}

QString number(double value, int decimals = 0)
{
    return QLocale().toString(value, 'f', decimals);
}

/** The chart's caption line and, under it, the plot area left after the axis labels. */
QRectF drawCaption(QPainter &p, const QRectF &rect, const Units &u, const QString &caption)
{
    const QFont f = u.font(8.5, true);
    const double h = u.metrics(f).height() * 1.3;
    p.setPen(colour::ink);
    p.setFont(f);
    p.drawText(QRectF(rect.left(), rect.top(), rect.width(), h), Qt::AlignLeft | Qt::AlignVCenter, caption);
    return QRectF(rect.left(), rect.top() + h, rect.width(), rect.height() - h);
}

/** Horizontal grid lines and their labels on the left; returns the plot rectangle. */
QRectF drawValueAxis(QPainter &p, const QRectF &area, const Units &u, double top, double step,
                     const std::function<QString(double)> &label, double bottomReserve)
{
    const QFont f = u.font(7);
    const QFontMetricsF fm = u.metrics(f);
    double labelWidth = 0;
    for (double v = 0; v <= top + step / 2; v += step)
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(label(v)));
    const QRectF plot(area.left() + labelWidth + u.mm(2), area.top() + fm.height() / 2,
                      area.width() - labelWidth - u.mm(2), area.height() - bottomReserve - fm.height() / 2);
    p.setFont(f);
    for (double v = 0; v <= top + step / 2; v += step) {
        const double y = plot.bottom() - v / top * plot.height();
        p.setPen(QPen(v == 0 ? colour::muted : colour::grid, u.mm(v == 0 ? 0.3 : 0.2)));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(colour::muted);
        p.drawText(QRectF(area.left(), y - fm.height() / 2, labelWidth, fm.height()), Qt::AlignRight | Qt::AlignVCenter,
                   label(v));
    }
    return plot;
}

/** A vertical dashed line at x with a label at its top: the data time on a time axis. */
void markDataTime(QPainter &p, const QRectF &plot, double x, const Units &u, const QString &label)
{
    p.setPen(QPen(colour::ink, u.mm(0.3), Qt::DashLine));
    p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
    const QFont f = u.font(6.5, true);
    const QFontMetricsF fm = u.metrics(f);
    const double w = fm.horizontalAdvance(label) + u.mm(1.5);
    QRectF box(x - w - u.mm(0.5), plot.top(), w, fm.height() + u.mm(0.4));
    if (box.left() < plot.left())
        box.moveLeft(x + u.mm(0.5));
    p.setPen(Qt::NoPen);
    p.setBrush(Qt::white);
    p.drawRect(box);
    p.setPen(colour::ink);
    p.setFont(f);
    p.drawText(box, Qt::AlignCenter, label);
}

/** Day labels under a day axis, every `every` days counted back from the last day. */
void drawDayAxis(QPainter &p, const QRectF &plot, const Units &u, const QDate &first, int days, int every,
                 const std::function<double(const QDate &)> &xOf)
{
    const QFont f = u.font(7);
    const QFontMetricsF fm = u.metrics(f);
    p.setFont(f);
    const QDate last = first.addDays(days - 1);
    for (QDate day = last; day >= first; day = day.addDays(-every)) {
        const double x = xOf(day);
        p.setPen(QPen(colour::muted, u.mm(0.2)));
        p.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + u.mm(1)));
        p.setPen(colour::muted);
        const QString text = QLocale().toString(day, u"d MMM"_s);
        const double w = fm.horizontalAdvance(text);
        p.drawText(QRectF(std::clamp(x - w / 2, plot.left() - u.mm(4), plot.right() - w + u.mm(4)), plot.bottom() + u.mm(1.2),
                          w, fm.height()),
                   Qt::AlignCenter, text);
    }
}

void legendEntry(QPainter &p, QPointF &at, const Units &u, const std::function<void(const QRectF &)> &symbol,
                 const QString &text)
{
    const QFont f = u.font(7);
    const QFontMetricsF fm = u.metrics(f);
    const QRectF sym(at.x(), at.y() - u.mm(1.2), u.mm(5), u.mm(2.4));
    symbol(sym);
    p.setPen(colour::ink);
    p.setFont(f);
    const double w = fm.horizontalAdvance(text);
    p.drawText(QRectF(sym.right() + u.mm(1), at.y() - fm.height() / 2, w, fm.height()), Qt::AlignVCenter, text);
    at.rx() += u.mm(8) + w;
}

} // namespace

void Charts::cases(QPainter &p, const QRectF &rect, const Units &u, const BriefingData &d)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    QRectF area = drawCaption(p, rect, u, BriefingWriter::tr("City: new cases per day and 7-day average, last %n day(s)", nullptr,
                                                             int(d.cityCases.size())));
    if (d.cityCases.isEmpty()) {
        p.setPen(colour::muted);
        p.setFont(u.font(8));
        p.drawText(area, Qt::AlignCenter, BriefingWriter::tr("No epidemic figures reported up to this moment."));
        p.restore();
        return;
    }
    // Legend line.
    QPointF at(area.left(), area.top() + u.mm(2));
    legendEntry(p, at, u, [&](const QRectF &r) { p.fillRect(r.adjusted(u.mm(1.5), 0, -u.mm(1.5), 0), colour::chartDaily); },
                BriefingWriter::tr("New cases (bars)"));
    legendEntry(p, at, u, [&](const QRectF &r) {
        p.setPen(QPen(colour::chartAverage, u.mm(0.8)));
        p.drawLine(QPointF(r.left(), r.center().y()), QPointF(r.right(), r.center().y()));
    }, BriefingWriter::tr("7-day average (line)"));
    area.setTop(area.top() + u.mm(5));

    double maximum = 0;
    for (const BriefingData::CasesDay &c : d.cityCases)
        maximum = std::max({maximum, c.cases.value_or(0), c.average7.value_or(0)});
    const auto [top, step] = niceAxis(maximum);
    const QRectF plot = drawValueAxis(p, area, u, top, step, [](double v) { return number(v); },
                                      u.metrics(u.font(7)).height() + u.mm(2));
    const int n = int(d.cityCases.size());
    const double slot = plot.width() / n;
    const QDate first = d.cityCases.constFirst().day;
    const auto xOf = [&](const QDate &day) { return plot.left() + (first.daysTo(day) + 0.5) * slot; };
    const auto yOf = [&](double v) { return plot.bottom() - v / top * plot.height(); };

    p.setPen(Qt::NoPen);
    for (const BriefingData::CasesDay &c : d.cityCases) {
        if (!c.cases)
            continue;
        const double x = xOf(c.day);
        p.fillRect(QRectF(x - slot * 0.4, yOf(*c.cases), slot * 0.8, plot.bottom() - yOf(*c.cases)), colour::chartDaily);
    }
    // The average as one line, broken where a day has no value (a gap stays a gap).
    QPainterPath path;
    bool drawing = false;
    for (const BriefingData::CasesDay &c : d.cityCases) {
        if (!c.average7) {
            drawing = false;
            continue;
        }
        const QPointF pt(xOf(c.day), yOf(*c.average7));
        if (drawing)
            path.lineTo(pt);
        else
            path.moveTo(pt);
        drawing = true;
    }
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(colour::chartAverage, u.mm(0.7), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.drawPath(path);

    drawDayAxis(p, plot, u, first, n, 14, xOf);
    const BriefingData::CasesDay &last = d.cityCases.constLast();
    markDataTime(p, plot, xOf(last.day),
                 u, last.average7 ? BriefingWriter::tr("Data to %1: average %2").arg(QLocale().toString(last.day, u"d MMM"_s), number(*last.average7, 1))
                                  : BriefingWriter::tr("Data to %1").arg(QLocale().toString(last.day, u"d MMM"_s)));
    p.restore();
}

double Charts::districtIncidenceHeight(const Units &u, const BriefingData &d)
{
    const double row = u.metrics(u.font(7)).height() * 1.5;
    return u.metrics(u.font(8.5, true)).height() * 1.3 + row * (std::max<qsizetype>(1, d.districts.size()) + 1) + u.mm(2);
}

void Charts::districtIncidence(QPainter &p, const QRectF &rect, const Units &u, const BriefingData &d)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF area = drawCaption(
        p, rect, u,
        d.districtsAsOf.isValid()
            ? BriefingWriter::tr("Districts: 14-day incidence per 100,000, to %1").arg(QLocale().toString(d.districtsAsOf, u"d MMM yyyy"_s))
            : BriefingWriter::tr("Districts: 14-day incidence per 100,000"));
    QList<const BriefingData::District *> rows;
    for (const BriefingData::District &district : d.districts)
        rows.append(&district);
    // Highest first; districts without a figure last, by name.
    std::stable_sort(rows.begin(), rows.end(), [](auto *a, auto *b) {
        if (a->incidence14.has_value() != b->incidence14.has_value())
            return a->incidence14.has_value();
        return a->incidence14.value_or(0) > b->incidence14.value_or(0);
    });
    const QFont f = u.font(7);
    const QFontMetricsF fm = u.metrics(f);
    const double row = fm.height() * 1.5;
    double nameWidth = 0;
    double maximum = 0;
    for (const auto *district : std::as_const(rows)) {
        nameWidth = std::max(nameWidth, fm.horizontalAdvance(district->name));
        maximum = std::max(maximum, district->incidence14.value_or(0));
    }
    const auto [top, step] = niceAxis(maximum, 4);
    const double valueWidth = fm.horizontalAdvance(number(top)) + u.mm(2);
    const QRectF plot(area.left() + nameWidth + u.mm(2), area.top(), area.width() - nameWidth - u.mm(2) - valueWidth,
                      row * rows.size());
    p.setFont(f);
    for (double v = 0; v <= top + step / 2; v += step) {
        const double x = plot.left() + v / top * plot.width();
        p.setPen(QPen(v == 0 ? colour::muted : colour::grid, u.mm(0.2)));
        p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        p.setPen(colour::muted);
        const QString text = number(v);
        const double w = fm.horizontalAdvance(text);
        p.drawText(QRectF(x - w / 2, plot.bottom() + u.mm(0.8), w, fm.height()), Qt::AlignCenter, text);
    }
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const double y = plot.top() + i * row;
        p.setPen(colour::ink);
        p.drawText(QRectF(area.left(), y, nameWidth, row), Qt::AlignRight | Qt::AlignVCenter, rows[i]->name);
        if (!rows[i]->incidence14) {
            p.setPen(colour::muted);
            p.drawText(QRectF(plot.left() + u.mm(1), y, plot.width(), row), Qt::AlignLeft | Qt::AlignVCenter,
                       BriefingWriter::tr("no data"));
            continue;
        }
        const double w = *rows[i]->incidence14 / top * plot.width();
        p.fillRect(QRectF(plot.left(), y + row * 0.18, w, row * 0.64), colour::chartLine);
        p.setPen(colour::ink);
        p.drawText(QRectF(plot.left() + w + u.mm(1), y, valueWidth + u.mm(4), row), Qt::AlignLeft | Qt::AlignVCenter,
                   number(*rows[i]->incidence14));
    }
    p.restore();
}

void Charts::icu(QPainter &p, const QRectF &rect, const Units &u, const BriefingData &d)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    QRectF area = drawCaption(p, rect, u, BriefingWriter::tr("City: ICU beds occupied, last %n day(s)", nullptr, int(d.cityIcu.size())));
    bool any = false;
    for (const OccupancyPoint &pt : d.cityIcu)
        any = any || pt.occupancy.has_value();
    if (!any) {
        p.setPen(colour::muted);
        p.setFont(u.font(8));
        p.drawText(area, Qt::AlignCenter, BriefingWriter::tr("No ICU bed counts reported in these days."));
        p.restore();
        return;
    }
    QPointF at(area.left(), area.top() + u.mm(2));
    legendEntry(p, at, u, [&](const QRectF &r) {
        p.setPen(QPen(colour::chartLine, u.mm(0.7)));
        p.drawLine(QPointF(r.left(), r.center().y()), QPointF(r.right(), r.center().y()));
        p.setBrush(colour::chartLine);
        p.drawEllipse(r.center(), u.mm(0.6), u.mm(0.6));
    }, BriefingWriter::tr("Share of ICU beds occupied (reporting hospitals)"));
    legendEntry(p, at, u, [&](const QRectF &r) {
        p.setPen(QPen(colour::red, u.mm(0.35), Qt::DashLine));
        p.drawLine(QPointF(r.left(), r.center().y()), QPointF(r.right(), r.center().y()));
    }, BriefingWriter::tr("80 %: low availability above"));
    area.setTop(area.top() + u.mm(5));

    const QRectF plot = drawValueAxis(p, area, u, 100, 20, [](double v) { return BriefingWriter::tr("%1 %").arg(number(v)); },
                                      u.metrics(u.font(7)).height() + u.mm(2));
    const int n = int(d.cityIcu.size());
    const QDate first = d.cityIcu.constFirst().at.date();
    const double slot = plot.width() / n;
    const auto xOf = [&](const QDate &day) { return plot.left() + (first.daysTo(day) + 0.5) * slot; };
    const auto yOf = [&](double fraction) { return plot.bottom() - std::clamp(fraction, 0.0, 1.0) * plot.height(); };

    const double lowLine = yOf(0.8);
    p.setPen(QPen(colour::red, u.mm(0.35), Qt::DashLine));
    p.drawLine(QPointF(plot.left(), lowLine), QPointF(plot.right(), lowLine));

    QPainterPath path;
    bool drawing = false;
    p.setBrush(colour::chartLine);
    for (const OccupancyPoint &pt : d.cityIcu) {
        if (!pt.occupancy) {
            drawing = false;
            continue;
        }
        const QPointF xy(xOf(pt.at.date()), yOf(*pt.occupancy));
        if (drawing)
            path.lineTo(xy);
        else
            path.moveTo(xy);
        drawing = true;
    }
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(colour::chartLine, u.mm(0.6), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.drawPath(path);
    p.setPen(Qt::NoPen);
    p.setBrush(colour::chartLine);
    for (const OccupancyPoint &pt : d.cityIcu) {
        if (pt.occupancy)
            p.drawEllipse(QPointF(xOf(pt.at.date()), yOf(*pt.occupancy)), u.mm(0.55), u.mm(0.55));
    }
    drawDayAxis(p, plot, u, first, n, 7, xOf);

    const OccupancyPoint *latest = nullptr;
    for (const OccupancyPoint &pt : d.cityIcu) {
        if (pt.occupancy)
            latest = &pt;
    }
    if (latest) {
        const QString text = BriefingWriter::tr("%1: %2 % occupied, %3 of %4 beds free")
                                 .arg(QLocale().toString(latest->at.date(), u"d MMM"_s), number(*latest->occupancy * 100),
                                      number(double(latest->free.value_or(0))), number(double(latest->total.value_or(0))));
        markDataTime(p, plot, xOf(latest->at.date()), u, text);
    }
    p.restore();
}

} // namespace atalaya::briefing
