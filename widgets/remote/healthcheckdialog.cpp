#include "remote/healthcheckdialog.h"

#include <limits>

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

#include "agent/agentclient.h"

using namespace Qt::StringLiterals;

namespace enclave::ui {

QByteArray HealthCheckDialog::unescape(const QString &text)
{
    const QByteArray in = text.toUtf8();
    QByteArray out;
    for (qsizetype i = 0; i < in.size(); ++i) {
        const char c = in.at(i);
        if (c != '\\' || i + 1 >= in.size()) {
            out.append(c);
            continue;
        }
        const char e = in.at(++i);
        switch (e) {
        case 'n':
            out.append('\n');
            break;
        case 'r':
            out.append('\r');
            break;
        case 't':
            out.append('\t');
            break;
        case '0':
            out.append('\0');
            break;
        case '\\':
            out.append('\\');
            break;
        case 'x': {
            const QByteArray hex = in.mid(i + 1, 2);
            bool ok = false;
            const int v = hex.size() == 2 ? hex.toInt(&ok, 16) : 0;
            if (ok) {
                out.append(char(v));
                i += 2;
            } else {
                out.append("\\x");
            }
            break;
        }
        default:
            out.append('\\');
            out.append(e);
        }
    }
    return out;
}

HealthCheckDialog::HealthCheckDialog(agent::AgentClient *client, quint32 cid, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
{
    setWindowTitle(tr("Health Check over vsock"));
    QSettings s;
    m_cid = new QSpinBox(this);
    m_cid->setRange(3, std::numeric_limits<int>::max());
    m_cid->setValue(int(qMin<quint32>(cid, quint32(std::numeric_limits<int>::max()))));
    m_port = new QSpinBox(this);
    m_port->setRange(1, std::numeric_limits<int>::max());
    // Defaults: the seeds' health check, which the simulated sample enclave answers too.
    m_port->setValue(s.value(u"operators/health/port"_s, 5001).toInt());
    m_request = new QLineEdit(s.value(u"operators/health/request"_s, u"HEALTH_CHECK\\n"_s).toString(), this);
    m_request->setToolTip(tr("Bytes to send; escapes \\n \\r \\t \\0 \\xHH"));
    m_expect = new QLineEdit(s.value(u"operators/health/expect"_s, u"OK"_s).toString(), this);
    m_expect->setToolTip(tr("The reply must contain these bytes (empty: connecting is enough)"));
    m_timeout = new QSpinBox(this);
    m_timeout->setRange(100, 60000);
    m_timeout->setSuffix(tr(" ms"));
    m_timeout->setValue(5000);
    m_result = new QLabel(this);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    form->addRow(tr("CID:"), m_cid);
    form->addRow(tr("Port:"), m_port);
    form->addRow(tr("Send:"), m_request);
    form->addRow(tr("Expect:"), m_expect);
    form->addRow(tr("Timeout:"), m_timeout);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_run = buttons->addButton(tr("Check"), QDialogButtonBox::ActionRole);
    m_run->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_run, &QPushButton::clicked, this, &HealthCheckDialog::run);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_result);
    layout->addWidget(buttons);
    // The dialog grows with its message (never below what the fields need) instead of squeezing
    // the fields to make room for a long reason.
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    m_result->setMinimumWidth(fontMetrics().averageCharWidth() * 50);
}

void HealthCheckDialog::showResult(bool ok, double latencyMs, const QString &error)
{
    // The agent's reason can carry a socket path on the parent (the simulator's Unix sockets):
    // machine detail the reader cannot use. Keep the words after the last path.
    static const QRegularExpression path(u"(?:^|\\s)(/[^\\s:]+)+:?"_s);
    QString reason = error;
    reason.replace(path, u" "_s);
    reason = reason.simplified();
    QString text = ok    ? tr("OK: the expected reply arrived in %1 ms.").arg(latencyMs, 0, 'f', 2)
        : latencyMs >= 0 ? tr("Not healthy after %1 ms: %2").arg(latencyMs, 0, 'f', 2).arg(reason)
                         : tr("Failed: %1").arg(reason);
    if (!ok && reason.contains(u"refused"_s, Qt::CaseInsensitive))
        text += u"\n"_s
            + tr("Nothing in the enclave accepts connections on port %1: is the application started and "
                 "listening on that vsock port?")
                  .arg(m_port->value());
    m_result->setStyleSheet(ok ? u"color: #1e8449;"_s : u"color: #c0392b;"_s);
    m_result->setText(text);
    adjustSize();
}

void HealthCheckDialog::run()
{
    if (!m_client)
        return;
    QSettings s;
    s.setValue(u"operators/health/port"_s, m_port->value());
    s.setValue(u"operators/health/request"_s, m_request->text());
    s.setValue(u"operators/health/expect"_s, m_expect->text());
    m_run->setEnabled(false);
    m_result->setStyleSheet(QString());
    m_result->setText(tr("Checking…"));
    const QJsonObject params { { u"cid"_s, m_cid->value() }, { u"port"_s, m_port->value() },
        { u"send"_s, QString::fromLatin1(unescape(m_request->text()).toBase64()) },
        { u"expect"_s, QString::fromLatin1(unescape(m_expect->text()).toBase64()) },
        { u"timeoutMs"_s, m_timeout->value() } };
    m_client->call(
        u"health.check"_s, params,
        [this](const agent::RpcResult<QJsonValue> &r) {
            m_run->setEnabled(true);
            if (!r) {
                showResult(false, -1, r.error().toString());
                Q_EMIT checked(false, -1, r.error().toString());
                return;
            }
            const QJsonObject o = r->toObject();
            const bool ok = o.value(u"ok"_s).toBool();
            const double latency = o.value(u"latencyMs"_s).toDouble(-1);
            const QString error = o.value(u"error"_s).toString();
            showResult(ok, latency, error);
            Q_EMIT checked(ok, latency, error);
        },
        this);
}

} // namespace enclave::ui
