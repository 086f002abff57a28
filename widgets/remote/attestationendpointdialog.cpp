#include "remote/attestationendpointdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace enclave::ui {

AttestationEndpointDialog::AttestationEndpointDialog(
    const QString &imageName, const AttestationEndpoint &endpoint, int intervalSeconds, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Attestation Endpoint"));
    auto *intro = new QLabel(
        tr("How enclaves running %1 hand out attestation documents. Enclave Studio sends a fresh "
           "random nonce through the agent's vsock stream and checks the answer.")
            .arg(imageName.isEmpty() ? tr("this image") : imageName),
        this);
    intro->setWordWrap(true);
    m_preset = new QComboBox(this);
    m_preset->addItem(tr("Custom"), QString());
    for (const QString &name : AttestationEndpoint::presetNames())
        m_preset->addItem(name, name);
    m_kind = new QComboBox(this);
    m_kind->addItem(tr("raw (length-prefixed nonce and document)"), QStringLiteral("raw"));
    m_kind->addItem(tr("HTTP/1.1"), QStringLiteral("http"));
    m_port = new QSpinBox(this);
    m_port->setRange(1, 2147483647);
    m_method = new QLineEdit(this);
    m_path = new QLineEdit(this);
    m_path->setPlaceholderText(QStringLiteral("/attestation?nonce={nonce_hex}"));
    m_response = new QLineEdit(this);
    m_response->setPlaceholderText(QStringLiteral("raw | hex | base64 | json:FIELD"));
    m_interval = new QSpinBox(this);
    m_interval->setRange(0, 86400);
    m_interval->setSuffix(tr(" s"));
    m_interval->setSpecialValueText(tr("only on demand"));
    m_interval->setValue(intervalSeconds);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Preset:"), m_preset);
    form->addRow(tr("Kind:"), m_kind);
    form->addRow(tr("vsock port:"), m_port);
    form->addRow(tr("HTTP method:"), m_method);
    form->addRow(tr("Path template:"), m_path);
    form->addRow(tr("Response body:"), m_response);
    form->addRow(tr("Re-attest every:"), m_interval);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_note);
    layout->addWidget(buttons);

    m_kind->setCurrentIndex(endpoint.kind == AttestationEndpoint::Kind::Http ? 1 : 0);
    m_port->setValue(int(qMin<quint32>(endpoint.port, 2147483647u)));
    m_method->setText(endpoint.httpMethod);
    m_path->setText(endpoint.httpPath);
    m_response->setText(endpoint.response == AttestationEndpoint::ResponseFormat::JsonField
            ? QStringLiteral("json:") + endpoint.jsonField
            : AttestationEndpoint::responseName(endpoint.response));
    m_preset->setCurrentIndex(qMax(0, m_preset->findData(endpoint.presetName)));
    connect(m_preset, &QComboBox::currentIndexChanged, this,
        [this] { applyPreset(m_preset->currentData().toString()); });
    for (QLineEdit *edit : { m_method, m_path, m_response })
        connect(edit, &QLineEdit::textEdited, this, [this] {
            m_preset->setCurrentIndex(0);
            validate();
        });
    connect(m_kind, &QComboBox::currentIndexChanged, this, &AttestationEndpointDialog::validate);
    connect(m_port, &QSpinBox::valueChanged, this, &AttestationEndpointDialog::validate);
    validate();
}

void AttestationEndpointDialog::applyPreset(const QString &name)
{
    if (name.isEmpty())
        return;
    auto preset = AttestationEndpoint::preset(name);
    if (!preset)
        return;
    m_kind->setCurrentIndex(preset->kind == AttestationEndpoint::Kind::Http ? 1 : 0);
    m_port->setValue(int(preset->port));
    m_method->setText(preset->httpMethod);
    m_path->setText(preset->httpPath);
    m_response->setText(AttestationEndpoint::responseName(preset->response));
    validate();
}

AttestationEndpoint AttestationEndpointDialog::endpoint() const
{
    AttestationEndpoint e;
    e.kind = m_kind->currentIndex() == 1 ? AttestationEndpoint::Kind::Http : AttestationEndpoint::Kind::Raw;
    e.port = quint32(m_port->value());
    e.httpMethod = m_method->text().trimmed();
    e.httpPath = m_path->text().trimmed();
    if (!AttestationEndpoint::parseResponse(m_response->text().trimmed(), e))
        e.response = AttestationEndpoint::ResponseFormat::Raw;
    e.presetName = m_preset->currentData().toString();
    return e;
}

int AttestationEndpointDialog::intervalSeconds() const
{
    return m_interval->value();
}

void AttestationEndpointDialog::validate()
{
    const bool http = m_kind->currentIndex() == 1;
    for (QWidget *w : { static_cast<QWidget *>(m_method), static_cast<QWidget *>(m_path),
             static_cast<QWidget *>(m_response) })
        w->setEnabled(http);
    AttestationEndpoint e = endpoint();
    QString problem;
    if (http) {
        if (auto r = AttestationEndpoint::parseResponse(m_response->text().trimmed(), e); !r)
            problem = r.error().message;
    }
    if (problem.isEmpty()) {
        if (auto r = e.validate(); !r)
            problem = r.error().message;
    }
    m_ok->setEnabled(problem.isEmpty());
    if (!problem.isEmpty())
        m_note->setText(problem);
    else if (!e.carriesNonce())
        m_note->setText(
            tr("This endpoint cannot carry a nonce: a document it returns proves the enclave's identity, "
               "but its freshness rests on the document's age alone."));
    else
        m_note->setText(QString());
}

} // namespace enclave::ui
