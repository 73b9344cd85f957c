#include "headlinesummary.h"

#include <QLocale>

namespace atalaya {

namespace {

template<typename T>
QVariant orUndefined(const std::optional<T> &value)
{
    return value ? QVariant::fromValue(*value) : QVariant();
}

QVariant orUndefined(const QDateTime &time)
{
    return time.isValid() ? QVariant(time) : QVariant();
}

} // namespace

HeadlineSummary::HeadlineSummary(QObject *parent)
    : QObject(parent)
{
}

void HeadlineSummary::setFigures(const HeadlineFigures &figures, bool live)
{
    m_figures = figures;
    m_valid = true;
    m_dataStale = live
        && (!figures.dataTime.isValid() || figures.dataTime.secsTo(figures.at) > kStaleAfterSeconds);
    Q_EMIT changed();
}

void HeadlineSummary::clear()
{
    m_figures = {};
    m_valid = false;
    m_dataStale = false;
    Q_EMIT changed();
}

QVariant HeadlineSummary::population() const
{
    // A city without regions has no population figure, not a population of zero.
    return m_valid && m_figures.population > 0 ? QVariant::fromValue(m_figures.population) : QVariant();
}

QVariant HeadlineSummary::casesLast7Days() const { return orUndefined(m_figures.casesLast7Days); }
QVariant HeadlineSummary::casesPrevious7Days() const { return orUndefined(m_figures.casesPrevious7Days); }
QVariant HeadlineSummary::casesTrendPercent() const { return orUndefined(m_figures.casesTrendPercent); }

QVariant HeadlineSummary::casesAsOf() const
{
    return m_figures.casesAsOf.isValid() ? QVariant(m_figures.casesAsOf) : QVariant();
}

QString HeadlineSummary::casesAsOfText() const
{
    return m_figures.casesAsOf.isValid() ? QLocale().toString(m_figures.casesAsOf, QLocale::ShortFormat) : QString();
}

QVariant HeadlineSummary::icuBedsFree() const { return orUndefined(m_figures.icuBedsFree); }
QVariant HeadlineSummary::icuBedsTotal() const { return orUndefined(m_figures.icuBedsTotal); }
QVariant HeadlineSummary::icuAsOf() const { return orUndefined(m_figures.icuAsOf); }
QVariant HeadlineSummary::sitesAtRed() const { return orUndefined(m_figures.sitesAtRed); }
QVariant HeadlineSummary::sitesAsOf() const { return orUndefined(m_figures.sitesAsOf); }
QString HeadlineSummary::sitesLevel() const
{
    if (!m_figures.sitesAtRed)
        return QStringLiteral("none");
    return *m_figures.sitesAtRed > 0 ? QStringLiteral("red") : QStringLiteral("ok");
}

QVariant HeadlineSummary::dataTime() const { return orUndefined(m_figures.dataTime); }

} // namespace atalaya
