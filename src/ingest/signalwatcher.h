#pragma once

#include <QObject>

class QSocketNotifier;

namespace atalaya::ingest {

/** Turns SIGTERM and SIGINT into a Qt signal on the event loop. The handler only writes the
 *  signal's number to one end of a socket pair (write() is async-signal-safe); a
 *  QSocketNotifier on the other end reads it in the main thread, where stopping the engines,
 *  writing to the store and logging are allowed. One instance per process. */
class SignalWatcher : public QObject
{
    Q_OBJECT
public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

    /** False when the socket pair or the handlers could not be set up (errno's reason logged). */
    bool isValid() const { return m_notifier != nullptr; }

signals:
    /** signalNumber: SIGTERM or SIGINT. */
    void stopRequested(int signalNumber);

private:
    void readSignal();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace atalaya::ingest
