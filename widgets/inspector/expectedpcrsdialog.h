#pragma once

#include <QDialog>

#include "measure/measurements.h"

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace enclave::ui {

// Paste expected PCRs (nitro-cli JSON, KMS policy, "PCRn: hex" lines) or load them from an EIF,
// whose PCRs are computed in the background. The text is parsed as the user types.
class ExpectedPcrsDialog final : public QDialog {
    Q_OBJECT
public:
    explicit ExpectedPcrsDialog(const Measurements &current, QWidget *parent = nullptr);
    ~ExpectedPcrsDialog() override;

    // Parsed by core's PcrTextParser.
    const Measurements &pcrs() const { return m_pcrs; }
    QPlainTextEdit *editor() const { return m_editor; }

public Q_SLOTS:
    void loadFromEif(const QString &path);

private:
    void parseText();
    void chooseEif();

    QPlainTextEdit *m_editor = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_ok = nullptr;
    Measurements m_pcrs;
};

} // namespace enclave::ui
