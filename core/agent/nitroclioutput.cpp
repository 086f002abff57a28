#include "agent/nitroclioutput.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>

namespace enclave::agent {

std::optional<QJsonValue> NitroCliOutput::json() const
{
    const qsizetype obj = stdOut.indexOf('{');
    const qsizetype arr = stdOut.indexOf('[');
    qsizetype start = -1;
    if (obj >= 0 && (arr < 0 || obj < arr))
        start = obj;
    else
        start = arr;
    // A '[' can also start a banner line; try each candidate start until one parses.
    while (start >= 0) {
        // Take from the start to the matching end: the document is the rest of stdout minus
        // trailing text nitro-cli never prints (console output is handled elsewhere).
        QJsonParseError err {};
        QByteArray tail = stdOut.mid(start);
        QJsonDocument doc = QJsonDocument::fromJson(tail, &err);
        if (err.error == QJsonParseError::GarbageAtEnd && err.offset > 0)
            doc = QJsonDocument::fromJson(tail.left(err.offset), &err);
        if (err.error == QJsonParseError::NoError) {
            if (doc.isObject())
                return QJsonValue(doc.object());
            if (doc.isArray())
                return QJsonValue(doc.array());
        }
        const qsizetype nextObj = stdOut.indexOf('{', start + 1);
        const qsizetype nextArr = stdOut.indexOf('[', start + 1);
        if (nextObj >= 0 && (nextArr < 0 || nextObj < nextArr))
            start = nextObj;
        else
            start = nextArr;
    }
    return std::nullopt;
}

std::optional<RpcError> NitroCliOutput::firstError() const
{
    static const QRegularExpression line(
        QStringLiteral("^\\[ (E\\d\\d) \\] (.*)$"), QRegularExpression::MultilineOption);
    static const QRegularExpression log(QStringLiteral("error log found at \"([^\"]+)\""));
    const QString text = QString::fromUtf8(stdErr);
    const auto m = line.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    RpcError e = RpcError::nitro(m.captured(1), m.captured(2).trimmed());
    const auto l = log.match(text, m.capturedEnd());
    if (l.hasMatch())
        e.errorLog = l.captured(1);
    return e;
}

RpcResult<QJsonValue> NitroCliOutput::result(const QString &what) const
{
    if (auto j = json())
        return *j;
    if (auto e = firstError())
        return std::unexpected(*e);
    if (crashed)
        return rpcError(RpcError::InternalError, QStringLiteral("%1 did not finish").arg(what));
    // clap's own argument errors exit 2 without an [ Exx ] line.
    QString last = QString::fromUtf8(stdErr).trimmed().section(u'\n', 0, 0).left(300);
    return rpcError(RpcError::InternalError,
        QStringLiteral("%1 exited with status %2%3")
            .arg(what)
            .arg(exitCode)
            .arg(last.isEmpty() ? QString() : QStringLiteral(": ") + last));
}

} // namespace enclave::agent
