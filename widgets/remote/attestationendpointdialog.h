#pragma once

#include <QDialog>

#include "attestation/attestationendpoint.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace enclave::ui {

// Where a running enclave hands out attestation documents (kind, vsock port, HTTP method, path
// template, body format) and how often the dashboard re-attests. Presets fill the fields; the
// endpoint is validated by core before OK is enabled.
class AttestationEndpointDialog final : public QDialog {
    Q_OBJECT
public:
    AttestationEndpointDialog(const QString &imageName, const AttestationEndpoint &endpoint,
        int intervalSeconds, QWidget *parent = nullptr);

    AttestationEndpoint endpoint() const;
    int intervalSeconds() const;

private:
    void applyPreset(const QString &name);
    void validate();

    QComboBox *m_preset = nullptr;
    QComboBox *m_kind = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_method = nullptr;
    QLineEdit *m_path = nullptr;
    QLineEdit *m_response = nullptr;
    QSpinBox *m_interval = nullptr;
    QLabel *m_note = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace enclave::ui
