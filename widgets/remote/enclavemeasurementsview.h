#pragma once

#include <QFutureWatcher>
#include <QJsonObject>
#include <QWidget>

#include "common/error.h"
#include "measure/measurements.h"

class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace enclave::ui {

// The measurements of a running enclave (the PCRs of the image it was launched from, as the
// agent's describe-eif reports them) and, one click away, the comparison against a local EIF:
// PCRs computed on a worker thread and judged by core's PcrDiff, whose verdict each row shows. When the
// Compare view is part of the build, the same pair opens there too.
class EnclaveMeasurementsView final : public QWidget {
    Q_OBJECT
public:
    EnclaveMeasurementsView(const QJsonObject &enclave, const QString &eifName,
        const QJsonObject &measurements, QWidget *parent = nullptr);
    ~EnclaveMeasurementsView() override;

    // Writes the enclave's measurements as nitro-cli describe-eif JSON (what the Compare view reads).
    QString writeMeasurementsFile() const;
    // Columns: PCR, enclave image, local EIF, match. Value cells keep the hex in HexRole; their
    // display text may be broken into lines to fit.
    enum Roles { HexRole = Qt::UserRole + 1, IndexRole };
    QStandardItemModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLabel *summaryLabel() const { return m_summary; }

public Q_SLOTS:
    void compareWith(const QString &localEif = {});

Q_SIGNALS:
    void compared(bool allMatch);
    void openViewRequested(QWidget *view, const QString &title);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showResult(const Result<Measurements> &local);
    void fitValues();
    // The model row of PCR `index`, appended (empty, in index order of arrival) when missing.
    int rowOf(int index);

    QJsonObject m_enclave;
    QString m_eifName;
    QJsonObject m_measurements;
    QString m_localPath;
    QStandardItemModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_compare = nullptr;
    QFutureWatcher<Result<Measurements>> m_watcher;
};

} // namespace enclave::ui
