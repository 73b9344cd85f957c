#include "timecursor.h"

namespace atalaya {

TimeCursor::TimeCursor(QObject *parent)
    : QObject(parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_tick.setSingleShot(true);
    m_tick.setTimerType(Qt::CoarseTimer);
    connect(&m_tick, &QTimer::timeout, this, [this] {
        if (m_live)
            setTime(liveTime());
        scheduleTick();
    });
    m_time = liveTime();
    scheduleTick();
}

void TimeCursor::setEarliest(const QDateTime &earliest)
{
    setRange(earliest, m_latest);
}

void TimeCursor::setLatest(const QDateTime &latest)
{
    setRange(m_earliest, latest);
}

void TimeCursor::setRange(const QDateTime &earliest, const QDateTime &latest)
{
    const QDateTime e = earliest.toUTC();
    const QDateTime l = latest.toUTC();
    if (e == m_earliest && l == m_latest)
        return;
    m_earliest = e;
    m_latest = l;
    Q_EMIT rangeChanged();
    if (!m_live)
        setTime(clamped(m_time));
    Q_EMIT stepLimitsChanged();
}

bool TimeCursor::canStepBackward() const
{
    return !m_earliest.isValid() || m_time > m_earliest;
}

bool TimeCursor::canStepForward() const
{
    // Live is as far forward as time goes; replaying stops at the newest data.
    if (m_live)
        return false;
    return !m_latest.isValid() || m_time < m_latest;
}

void TimeCursor::goLive()
{
    setLive(true);
    setTime(liveTime());
}

void TimeCursor::setMoment(const QDateTime &moment)
{
    if (!moment.isValid())
        return;
    setLive(false);
    setTime(clamped(moment.toUTC()));
}

void TimeCursor::step(int seconds)
{
    setMoment(clamped(m_time).addSecs(seconds));
}

void TimeCursor::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
    if (m_live)
        setTime(liveTime());
}

QDateTime TimeCursor::clamped(const QDateTime &t) const
{
    QDateTime result = t;
    if (m_latest.isValid() && result > m_latest)
        result = m_latest;
    if (m_earliest.isValid() && result < m_earliest)
        result = m_earliest;
    return result;
}

QDateTime TimeCursor::liveTime() const
{
    // Whole minutes: figures do not flicker with every second, and the tick lands on the minute.
    QDateTime now = m_clock().toUTC();
    now.setTime(QTime(now.time().hour(), now.time().minute()));
    return now;
}

void TimeCursor::setTime(const QDateTime &t)
{
    if (t == m_time && t.timeSpec() == m_time.timeSpec())
        return;
    m_time = t;
    Q_EMIT timeChanged();
    Q_EMIT stepLimitsChanged();
}

void TimeCursor::setLive(bool live)
{
    if (live == m_live)
        return;
    m_live = live;
    Q_EMIT liveChanged();
    Q_EMIT stepLimitsChanged();
}

void TimeCursor::scheduleTick()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qint64 msToNextMinute = 60'000 - (now.time().second() * 1000 + now.time().msec());
    m_tick.start(std::chrono::milliseconds(msToNextMinute + 50));
}

} // namespace atalaya
