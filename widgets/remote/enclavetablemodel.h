#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace enclave::ui {

// The enclaves of one host as enclaves.list reports them (nitro-cli describe-enclaves shape).
// Rows are kept by enclave ID: an enclave that vanishes from the list stays as EXITED with the
// time it was last seen gone, so an operator sees that it ended instead of a row silently
// disappearing. Exited rows are bounded (oldest dropped first).
class EnclaveTableModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnclaveTableModel)
public:
    enum Column {
        Name,
        Id,
        Cid,
        State,
        Cpus,
        Memory,
        Debug,
        Uptime,
        Image,
        Measurements,
        Attestation,
        ColumnCount
    };
    enum Roles {
        EnclaveIdRole = Qt::UserRole + 1,
        RecordRole,
        RunningRole,
        CidRole,
        MeasurementsRole,
        EifNameRole
    };

    static constexpr int MaxExitedRows = 200;

    explicit EnclaveTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Applies one enclaves.list answer observed at `now`.
    void update(const QJsonArray &list, const QDateTime &now = QDateTime::currentDateTimeUtc());
    // Re-evaluates the uptime column (call once a second).
    void tick(const QDateTime &now = QDateTime::currentDateTimeUtc());
    // PCRs (a describe-eif "Measurements" object) and the image an enclave was launched from.
    void setImage(const QString &enclaveId, const QString &eifName);
    void setMeasurements(const QString &enclaveId, const QJsonObject &measurements);
    void removeExited();
    // The live attestation verdict in words (from EnclaveAttestor); severity -1 bad, 0 neutral, 1 good.
    void setAttestation(const QString &enclaveId, const QString &text, const QString &details, int severity);

    int rowOf(const QString &enclaveId) const;
    QString enclaveId(int row) const;
    QJsonObject record(int row) const;
    bool isRunning(int row) const;
    QString eifName(int row) const;
    QStringList enclaveIds() const;

    static QString formatDuration(qint64 seconds);

private:
    struct Row {
        QString id;
        QJsonObject record;
        QDateTime firstSeen;
        QDateTime startedAt; // from the agent when it says (the simulator does), else firstSeen
        QDateTime exitedAt;
        QString exitReason;
        bool exited = false;
        QString eifName;
        QJsonObject measurements;
        QString attestation;
        QString attestationDetails;
        int attestationSeverity = 0;
    };

    QString state(const Row &r) const;
    void emitRowChanged(int row);
    void pruneExited();

    QList<Row> m_rows;
    QDateTime m_now;
};

} // namespace enclave::ui
