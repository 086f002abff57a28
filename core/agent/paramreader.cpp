#include "agent/paramreader.h"

#include <QRegularExpression>

namespace enclave::agent {

void ParamReader::fail(const QString &message)
{
    if (!m_error)
        m_error = RpcError::make(RpcError::InvalidParams, message);
}

QString ParamReader::string(const QString &key, qsizetype maxLength, bool required)
{
    if (m_error)
        return {};
    const QJsonValue v = m_params.value(key);
    if (v.isUndefined()) {
        if (required)
            fail(QStringLiteral("missing parameter '%1'").arg(key));
        return {};
    }
    if (!v.isString()) {
        fail(QStringLiteral("parameter '%1' must be a string").arg(key));
        return {};
    }
    const QString s = v.toString();
    if (s.size() > maxLength) {
        fail(QStringLiteral("parameter '%1' is longer than %2 characters").arg(key).arg(maxLength));
        return {};
    }
    for (QChar c : s) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f) {
            fail(QStringLiteral("parameter '%1' contains a control character").arg(key));
            return {};
        }
    }
    return s;
}

qint64 ParamReader::integer(const QString &key, qint64 min, qint64 max, std::optional<qint64> fallback)
{
    if (m_error)
        return 0;
    const QJsonValue v = m_params.value(key);
    if (v.isUndefined()) {
        if (!fallback)
            fail(QStringLiteral("missing parameter '%1'").arg(key));
        return fallback.value_or(0);
    }
    // JSON numbers are doubles: accept only exact integers (no 2.5, no 1e300).
    const double d = v.toDouble(0.5);
    if (!v.isDouble() || d != double(qint64(d)) || d < -9.0e15 || d > 9.0e15) {
        fail(QStringLiteral("parameter '%1' must be an integer").arg(key));
        return 0;
    }
    const qint64 n = qint64(d);
    if (n < min || n > max) {
        fail(QStringLiteral("parameter '%1' must be between %2 and %3").arg(key).arg(min).arg(max));
        return 0;
    }
    return n;
}

bool ParamReader::boolean(const QString &key, bool fallback)
{
    if (m_error)
        return fallback;
    const QJsonValue v = m_params.value(key);
    if (v.isUndefined())
        return fallback;
    if (!v.isBool()) {
        fail(QStringLiteral("parameter '%1' must be true or false").arg(key));
        return fallback;
    }
    return v.toBool();
}

QByteArray ParamReader::base64(const QString &key, qsizetype maxBytes, bool required)
{
    // Check the encoded length before decoding so an oversized field costs nothing.
    const QString text = string(key, (maxBytes + 2) / 3 * 4, required);
    if (m_error || text.isEmpty())
        return {};
    auto decoded = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        fail(QStringLiteral("parameter '%1' is not valid base64").arg(key));
        return {};
    }
    return *decoded;
}

QString ParamReader::enclaveId(const QString &key)
{
    const QString id = string(key, 64);
    if (!m_error && !isEnclaveId(id))
        fail(QStringLiteral("parameter '%1' is not an enclave ID (i-<17 hex>-enc<hex>)").arg(key));
    return id;
}

QString ParamReader::imageName(const QString &key)
{
    const QString name = string(key, 255);
    if (!m_error && !isImageName(name))
        fail(QStringLiteral(
            "parameter '%1' must be a plain file name (letters, digits, '.', '_', '-'; no '/' or '..')")
                 .arg(key));
    return name;
}

QString ParamReader::handle(const QString &key)
{
    const QString h = string(key, 32);
    static const QRegularExpression re(QStringLiteral("^[a-z]{1,8}-[0-9]{1,10}\\z"));
    if (!m_error && !re.match(h).hasMatch())
        fail(QStringLiteral("parameter '%1' is not a valid handle").arg(key));
    return h;
}

void ParamReader::allowOnly(const QStringList &keys)
{
    if (m_error)
        return;
    for (auto it = m_params.constBegin(); it != m_params.constEnd(); ++it) {
        if (!keys.contains(it.key())) {
            fail(QStringLiteral("unknown parameter '%1'").arg(it.key().left(64)));
            return;
        }
    }
}

bool ParamReader::isEnclaveId(QStringView id)
{
    static const QRegularExpression re(QStringLiteral("^i-[0-9a-f]{16,17}-enc[0-9a-f]{1,16}\\z"));
    return re.match(id.toString()).hasMatch();
}

bool ParamReader::isImageName(QStringView name)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9._-]{0,254}\\z"));
    return re.match(name.toString()).hasMatch() && !name.contains(u"..");
}

bool ParamReader::isEnclaveName(QStringView name)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}\\z"));
    return re.match(name.toString()).hasMatch();
}

} // namespace enclave::agent
