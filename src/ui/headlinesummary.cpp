#include "headlinesummary.h"

namespace atalaya {

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

QVariant HeadlineSummary::dataTime() const
{
    return m_figures.dataTime.isValid() ? QVariant(m_figures.dataTime) : QVariant();
}

} // namespace atalaya
