#include "briefingpage.h"

#include <QPainter>
#include <QPaintDevice>

#include <algorithm>
#include <cmath>

namespace atalaya::briefing {

QFont Units::font(double points, bool bold) const
{
    QFont f;
    // Noto Sans where installed, DejaVu Sans (wider Unicode: arrows, ≥) behind it; both embed.
    f.setFamilies({QStringLiteral("Noto Sans"), QStringLiteral("DejaVu Sans")});
    f.setStyleHint(QFont::SansSerif);
    f.setPointSizeF(points * fontScale);
    f.setBold(bold);
    // No ligatures: Qt maps a ligature glyph to its own code point (U+FB01 for "fi"), so a
    // search for "Briefing" in the PDF would miss "Brieﬁng". Text must stay searchable.
    f.setFeature(QFont::Tag("liga"), 0);
    f.setFeature(QFont::Tag("clig"), 0);
    return f;
}

QFontMetricsF Units::metrics(const QFont &font) const
{
    return QFontMetricsF(font, device);
}

QColor incidenceClassColour(int colourClass)
{
    static const QColor scale[] = {QColor(0xff, 0xff, 0xb2), QColor(0xfe, 0xcc, 0x5c), QColor(0xfd, 0x8d, 0x3c),
                                   QColor(0xf0, 0x3b, 0x20), QColor(0xbd, 0x00, 0x26)};
    if (colourClass < 0)
        return QColor(0xd9, 0xd9, 0xd9);
    return scale[std::min(colourClass, 4)];
}

QList<double> incidenceBreaks(const QList<double> &values)
{
    if (values.isEmpty())
        return {};
    const auto [lo, hi] = std::minmax_element(values.cbegin(), values.cend());
    double span = *hi - *lo;
    if (span <= 0)
        span = std::max(1.0, std::abs(*hi));
    // A round step (1, 2, 2.5 or 5 x 10^n) so the legend reads "900 - 1,000", not "913.4 - 1,021.7".
    const double raw = span / 5.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double step = magnitude * 10;
    for (const double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (m * magnitude >= raw) {
            step = m * magnitude;
            break;
        }
    }
    double start = std::floor(*lo / step) * step;
    // Five classes that reach the highest value.
    while (start + 5 * step <= *hi)
        step = step * 2;
    QList<double> breaks;
    for (int i = 0; i <= 5; ++i)
        breaks.append(start + i * step);
    return breaks;
}

int incidenceClass(double value, const QList<double> &breaks)
{
    if (breaks.size() < 2)
        return -1;
    int k = 0;
    while (k + 2 < breaks.size() && value >= breaks.at(k + 1))
        ++k;
    return k;
}

void drawBoxedLabel(QPainter &p, const QPointF &centre, const QString &text, const QFont &font, const Units &u,
                    const QColor &ink, const QColor &box)
{
    p.setFont(font);
    const QFontMetricsF fm(font, p.device());
    const QRectF bounds = fm.boundingRect(QRectF(0, 0, u.mm(60), u.mm(30)), Qt::AlignCenter, text);
    QRectF r(0, 0, bounds.width() + u.mm(1.6), bounds.height() + u.mm(0.6));
    r.moveCenter(centre);
    p.setPen(Qt::NoPen);
    p.setBrush(box);
    p.drawRoundedRect(r, u.mm(0.8), u.mm(0.8));
    p.setPen(ink);
    p.drawText(r, Qt::AlignCenter, text);
}

} // namespace atalaya::briefing
