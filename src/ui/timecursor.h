#pragma once

#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <QtQmlIntegration/qqmlintegration.h>

#include <functional>

namespace atalaya {

/** The one app-wide moment every panel reads its figures at: "now" (live) or a replayed moment. */
class TimeCursor : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool live READ isLive NOTIFY liveChanged)
    Q_PROPERTY(QDateTime time READ time NOTIFY timeChanged)
    Q_PROPERTY(QDateTime earliest READ earliest WRITE setEarliest NOTIFY rangeChanged)
    Q_PROPERTY(QDateTime latest READ latest WRITE setLatest NOTIFY rangeChanged)
    Q_PROPERTY(bool canStepBackward READ canStepBackward NOTIFY stepLimitsChanged)
    Q_PROPERTY(bool canStepForward READ canStepForward NOTIFY stepLimitsChanged)

public:
    explicit TimeCursor(QObject *parent = nullptr);

    bool isLive() const { return m_live; }
    QDateTime time() const { return m_time; }
    QDateTime earliest() const { return m_earliest; }
    QDateTime latest() const { return m_latest; }
    void setEarliest(const QDateTime &earliest);
    void setLatest(const QDateTime &latest);
    /** Sets both ends of the data range at once (one rangeChanged). */
    void setRange(const QDateTime &earliest, const QDateTime &latest);

    bool canStepBackward() const;
    bool canStepForward() const;

    /** Follow the clock again (the time is re-read every minute, on the minute). */
    Q_INVOKABLE void goLive();
    /** Leave live mode and show a fixed moment, clamped to the data range. */
    Q_INVOKABLE void setMoment(const QDateTime &moment);
    /** Leave live mode and move by seconds (negative: back), clamped to the data range. */
    Q_INVOKABLE void step(int seconds);

    /** Replaces the wall clock (tests). */
    void setClock(std::function<QDateTime()> clock);

Q_SIGNALS:
    void liveChanged();
    void timeChanged();
    void rangeChanged();
    void stepLimitsChanged();

private:
    QDateTime clamped(const QDateTime &t) const;
    QDateTime liveTime() const;
    void setTime(const QDateTime &t);
    void setLive(bool live);
    void scheduleTick();

    std::function<QDateTime()> m_clock;
    QTimer m_tick;
    QDateTime m_time;
    QDateTime m_earliest;
    QDateTime m_latest;
    bool m_live = true;
};

} // namespace atalaya
