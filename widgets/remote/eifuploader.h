#pragma once

#include <QFile>
#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

namespace enclave::agent {
class AgentClient;
}

namespace enclave::ui {

// Uploads a local EIF into the agent's image directory: SHA-384 computed on a worker thread
// first (the agent checks it before renaming the file into place), then eif.upload.begin,
// chunks with a few requests in flight, eif.upload.finish. Progress for both phases; cancel
// aborts the upload on the agent too.
class EifUploader final : public QObject {
    Q_OBJECT
public:
    enum class Phase { Hashing, Sending };
    Q_ENUM(Phase)

    static constexpr qint64 ChunkBytes = 256 * 1024;
    static constexpr int InFlight = 4;

    explicit EifUploader(agent::AgentClient *client, QObject *parent = nullptr);
    ~EifUploader() override;

    void start(const QString &localPath, const QString &remoteName);
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void progress(enclave::ui::EifUploader::Phase phase, qint64 done, qint64 total);
    void finished(const QString &remoteName);
    void failed(const QString &message);

private:
    void begin(const QByteArray &sha384);
    void pump();
    void fail(const QString &message);

    QPointer<agent::AgentClient> m_client;
    QFutureWatcher<QByteArray> m_hashWatcher;
    QFile m_file;
    QString m_remoteName;
    QString m_uploadId;
    qint64 m_size = 0;
    qint64 m_sent = 0; // bytes read and sent
    qint64 m_acked = 0; // bytes the agent confirmed
    int m_inFlight = 0;
    bool m_running = false;
    bool m_finishing = false;
};

} // namespace enclave::ui
