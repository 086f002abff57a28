#include "attestation/attestationendpoint.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonValue>

#include <algorithm>
#include <climits>

namespace enclave {

namespace {

// Messages for people, translated in context "AttestationEndpoint".
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(AttestationEndpoint)
};

const QString kNonceHex = QStringLiteral("{nonce_hex}");
const QString kNonceB64 = QStringLiteral("{nonce_b64}");

bool isTokenChar(QChar c)
{
    // RFC 9110 tchar.
    static const QString extra = QStringLiteral("!#$%&'*+-.^_`|~");
    return (c >= u'0' && c <= u'9') || (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z')
        || extra.contains(c);
}

bool isHexDigit(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

QByteArray withoutWhitespace(QByteArrayView data)
{
    QByteArray out;
    out.reserve(data.size());
    for (char c : data) {
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n')
            out.append(c);
    }
    return out;
}

// Hex (even length, only hex digits) or base64 / base64url, padding optional. Empty on failure.
Result<QByteArray> decodeText(QByteArrayView text, AttestationEndpoint::ResponseFormat format)
{
    const QByteArray compact = withoutWhitespace(text);
    if (compact.isEmpty())
        return makeError(Error::Code::Malformed, Tr::tr("the endpoint answered an empty body"));
    const bool allHex = std::all_of(compact.cbegin(), compact.cend(), isHexDigit);
    const bool wantHex = format == AttestationEndpoint::ResponseFormat::Hex
        || (format == AttestationEndpoint::ResponseFormat::JsonField && allHex && compact.size() % 2 == 0);
    if (wantHex) {
        if (!allHex || compact.size() % 2 != 0)
            return makeError(Error::Code::Malformed,
                Tr::tr("the body is not hex (expected an even number of hex digits)"));
        return QByteArray::fromHex(compact);
    }
    auto decoded = QByteArray::fromBase64Encoding(
        compact, QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        decoded = QByteArray::fromBase64Encoding(
            compact, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return makeError(Error::Code::Malformed, Tr::tr("the body is not base64"));
    return *decoded;
}

} // namespace

bool AttestationEndpoint::carriesNonce() const
{
    return kind == Kind::Raw || httpPath.contains(kNonceHex) || httpPath.contains(kNonceB64);
}

Result<void> AttestationEndpoint::validate() const
{
    if (port == 0)
        return makeError(Error::Code::Usage, Tr::tr("the attestation port must be 1 or more"));
    if (kind == Kind::Raw)
        return {};
    if (httpMethod.isEmpty() || httpMethod.size() > 16
        || !std::all_of(httpMethod.cbegin(), httpMethod.cend(), isTokenChar))
        return makeError(Error::Code::Usage, Tr::tr("the HTTP method must be a token such as GET or POST"));
    if (!httpPath.startsWith(u'/') || httpPath.size() > 1024)
        return makeError(
            Error::Code::Usage, Tr::tr("the HTTP path must start with '/' (at most 1024 characters)"));
    for (QChar c : httpPath) {
        if (c.unicode() <= 0x20 || c.unicode() >= 0x7f)
            return makeError(
                Error::Code::Usage, Tr::tr("the HTTP path may hold only printable ASCII without spaces"));
    }
    if (response == ResponseFormat::JsonField && jsonField.isEmpty())
        return makeError(
            Error::Code::Usage, Tr::tr("name the JSON field that holds the document (json:FIELD)"));
    return {};
}

QByteArray AttestationEndpoint::request(const QByteArray &nonce) const
{
    if (kind == Kind::Raw) {
        QByteArray out;
        const quint32 n = quint32(nonce.size());
        out.append(char(n >> 24)).append(char(n >> 16)).append(char(n >> 8)).append(char(n));
        out.append(nonce);
        return out;
    }
    QString path = httpPath;
    path.replace(kNonceHex, QString::fromLatin1(nonce.toHex()));
    path.replace(kNonceB64,
        QString::fromLatin1(nonce.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)));
    QByteArray out = httpMethod.toLatin1() + ' ' + path.toLatin1() + " HTTP/1.1\r\n";
    out += "Host: enclave\r\nAccept: */*\r\nConnection: close\r\nUser-Agent: enclave-studio/" ENCLAVE_VERSION
           "\r\n";
    if (httpMethod != QLatin1String("GET") && httpMethod != QLatin1String("HEAD"))
        out += "Content-Length: 0\r\n";
    out += "\r\n";
    return out;
}

QString AttestationEndpoint::kindName(Kind k)
{
    return k == Kind::Raw ? QStringLiteral("raw") : QStringLiteral("http");
}

QString AttestationEndpoint::responseName(ResponseFormat fmt)
{
    switch (fmt) {
    case ResponseFormat::Raw:
        return QStringLiteral("raw");
    case ResponseFormat::Hex:
        return QStringLiteral("hex");
    case ResponseFormat::Base64:
        return QStringLiteral("base64");
    case ResponseFormat::JsonField:
        return QStringLiteral("json");
    }
    return {};
}

Result<void> AttestationEndpoint::parseResponse(const QString &text, AttestationEndpoint &into)
{
    if (text == QLatin1String("raw"))
        into.response = ResponseFormat::Raw;
    else if (text == QLatin1String("hex"))
        into.response = ResponseFormat::Hex;
    else if (text == QLatin1String("base64"))
        into.response = ResponseFormat::Base64;
    else if (text.startsWith(QLatin1String("json:")) && text.size() > 5) {
        into.response = ResponseFormat::JsonField;
        into.jsonField = text.mid(5);
    } else
        return makeError(
            Error::Code::Usage, Tr::tr("the response format must be raw, hex, base64 or json:FIELD"));
    return {};
}

QJsonObject AttestationEndpoint::toJson() const
{
    QJsonObject o { { QStringLiteral("kind"), kindName(kind) }, { QStringLiteral("port"), qint64(port) } };
    if (kind == Kind::Http) {
        o.insert(QStringLiteral("method"), httpMethod);
        o.insert(QStringLiteral("path"), httpPath);
        o.insert(QStringLiteral("response"),
            response == ResponseFormat::JsonField ? QStringLiteral("json:") + jsonField
                                                  : responseName(response));
    }
    if (!presetName.isEmpty())
        o.insert(QStringLiteral("preset"), presetName);
    o.insert(QStringLiteral("carriesNonce"), carriesNonce());
    return o;
}

Result<AttestationEndpoint> AttestationEndpoint::fromJson(const QJsonObject &o)
{
    AttestationEndpoint e;
    const QString kind = o.value(QStringLiteral("kind")).toString();
    if (kind == QLatin1String("raw"))
        e.kind = Kind::Raw;
    else if (kind == QLatin1String("http"))
        e.kind = Kind::Http;
    else
        return makeError(Error::Code::Malformed, Tr::tr("unknown endpoint kind \"%1\"").arg(kind));
    const qint64 port = o.value(QStringLiteral("port")).toInteger(-1);
    if (port < 1 || port > 0xffffffffLL)
        return makeError(Error::Code::Malformed, Tr::tr("the endpoint port is missing or out of range"));
    e.port = quint32(port);
    if (e.kind == Kind::Http) {
        e.httpMethod = o.value(QStringLiteral("method")).toString(QStringLiteral("GET"));
        e.httpPath = o.value(QStringLiteral("path")).toString();
        if (auto r = parseResponse(o.value(QStringLiteral("response")).toString(QStringLiteral("raw")), e);
            !r)
            return std::unexpected(r.error());
    }
    e.presetName = o.value(QStringLiteral("preset")).toString();
    if (auto r = e.validate(); !r)
        return std::unexpected(r.error());
    return e;
}

QStringList AttestationEndpoint::presetNames()
{
    return { QStringLiteral("raw"), QStringLiteral("http"), QStringLiteral("oyster"),
        QStringLiteral("oyster-hex"), QStringLiteral("oyster-custom") };
}

Result<AttestationEndpoint> AttestationEndpoint::preset(const QString &name)
{
    AttestationEndpoint e;
    e.presetName = name;
    if (name == QLatin1String("raw")) {
        e.kind = Kind::Raw;
        e.port = 5005;
        return e;
    }
    e.kind = Kind::Http;
    e.httpMethod = QStringLiteral("GET");
    e.response = ResponseFormat::Raw;
    if (name == QLatin1String("http")) {
        // The simulator's HTTP endpoint (and a shape any enclave web server can offer).
        e.port = 5006;
        e.httpPath = QStringLiteral("/attestation?nonce={nonce_hex}");
    } else if (name == QLatin1String("oyster")) {
        // Marlin oyster-attestation-server: GET /attestation/raw, octet-stream body, no nonce
        // (marlinprotocol/oyster-attestation-server README.md, "Endpoints"; example port 1300).
        e.port = 1300;
        e.httpPath = QStringLiteral("/attestation/raw");
    } else if (name == QLatin1String("oyster-hex")) {
        // Same server, GET /attestation/hex: the document as hex text.
        e.port = 1300;
        e.httpPath = QStringLiteral("/attestation/hex");
        e.response = ResponseFormat::Hex;
    } else if (name == QLatin1String("oyster-custom")) {
        // oyster-attestation-server-custom: hex query parameters public_key, user_data, nonce
        // (oyster-monorepo attestation/server-custom/README.md; default address 127.0.0.1:1350).
        e.port = 1350;
        e.httpPath = QStringLiteral("/attestation/raw?nonce={nonce_hex}");
    } else {
        return makeError(Error::Code::Usage,
            Tr::tr("unknown endpoint preset \"%1\" (known: %2)")
                .arg(name, presetNames().join(QStringLiteral(", "))));
    }
    return e;
}

AttestationResponseReader::AttestationResponseReader(const AttestationEndpoint &endpoint)
    : m_endpoint(endpoint)
{
}

AttestationResponseReader::State AttestationResponseReader::fail(const QString &message)
{
    m_state = State::Failed;
    m_error = message;
    m_buffer.clear();
    m_body.clear();
    return m_state;
}

AttestationResponseReader::State AttestationResponseReader::feed(QByteArrayView data)
{
    if (m_state == State::Failed)
        return m_state;
    if (data.isEmpty())
        return m_state;
    m_received += data.size();
    if (m_state == State::Done)
        return fail(Tr::tr(
            "%n unexpected byte(s) after the document", nullptr, int(qMin<qsizetype>(data.size(), INT_MAX))));
    m_buffer.append(data);
    return m_endpoint.kind == AttestationEndpoint::Kind::Raw ? parseRaw() : parseHttp();
}

AttestationResponseReader::State AttestationResponseReader::finish()
{
    if (m_state != State::NeedMore)
        return m_state;
    if (m_endpoint.kind == AttestationEndpoint::Kind::Http && m_headersDone && !m_chunked
        && m_contentLength < 0)
        return completeBody(std::exchange(m_body, {}));
    if (m_received == 0)
        return fail(Tr::tr("the endpoint closed the connection without answering"));
    return fail(
        Tr::tr("the endpoint closed the connection after %n byte(s), before the document was complete",
            nullptr, int(qMin<qint64>(m_received, INT_MAX))));
}

AttestationResponseReader::State AttestationResponseReader::parseRaw()
{
    if (m_buffer.size() < 4)
        return m_state;
    const auto *p = reinterpret_cast<const unsigned char *>(m_buffer.constData());
    const quint32 length
        = (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
    if (length == 0)
        return fail(Tr::tr("the endpoint announced an empty document (length prefix 0)"));
    if (length > quint32(MaxDocumentBytes))
        return fail(
            Tr::tr("the endpoint announced %1 bytes, more than the %2 accepted (a wrong length prefix?)")
                .arg(length)
                .arg(MaxDocumentBytes));
    const qsizetype total = 4 + qsizetype(length);
    if (m_buffer.size() < total)
        return m_state;
    if (m_buffer.size() > total)
        return fail(
            Tr::tr("%n unexpected byte(s) after the document", nullptr, int(m_buffer.size() - total)));
    m_document = m_buffer.mid(4);
    m_buffer.clear();
    m_state = State::Done;
    return m_state;
}

AttestationResponseReader::State AttestationResponseReader::parseHttp()
{
    if (!m_headersDone) {
        if (parseHttpHeaders() != State::NeedMore || !m_headersDone)
            return m_state;
    }
    const qsizetype cap
        = m_endpoint.response == AttestationEndpoint::ResponseFormat::Raw ? MaxDocumentBytes : MaxBodyBytes;
    if (m_chunked)
        return parseChunked();
    m_body.append(m_buffer);
    m_buffer.clear();
    if (m_body.size() > cap)
        return fail(Tr::tr("the response body is larger than the %1 bytes accepted").arg(cap));
    if (m_contentLength >= 0) {
        if (m_body.size() > m_contentLength)
            return fail(Tr::tr("%n unexpected byte(s) after the response body", nullptr,
                int(m_body.size() - m_contentLength)));
        if (m_body.size() == m_contentLength)
            return completeBody(std::exchange(m_body, {}));
    }
    return m_state;
}

AttestationResponseReader::State AttestationResponseReader::parseHttpHeaders()
{
    qsizetype end = m_buffer.indexOf("\r\n\r\n");
    qsizetype skip = 4;
    if (end < 0) {
        end = m_buffer.indexOf("\n\n");
        skip = 2;
    }
    if (end < 0) {
        if (m_buffer.size() > MaxHeaderBytes)
            return fail(Tr::tr("no end of the HTTP headers within %1 bytes").arg(MaxHeaderBytes));
        return m_state;
    }
    if (end > MaxHeaderBytes)
        return fail(Tr::tr("the HTTP headers are longer than %1 bytes").arg(MaxHeaderBytes));
    const QList<QByteArray> lines = m_buffer.left(end).split('\n');
    const QByteArray status = lines.value(0).trimmed();
    // "HTTP/1.1 200 OK"
    const QList<QByteArray> parts = status.split(' ');
    if (parts.size() < 2 || !parts[0].startsWith("HTTP/1.") || parts[1].size() != 3)
        return fail(Tr::tr("the endpoint did not answer HTTP (first line: \"%1\")")
                        .arg(QString::fromLatin1(status.left(80).toPercentEncoding(" /:.()"))));
    bool ok = false;
    const int code = parts[1].toInt(&ok);
    if (!ok)
        return fail(Tr::tr("the HTTP status \"%1\" is not a number")
                        .arg(QString::fromLatin1(parts[1].toPercentEncoding())));
    if (code != 200)
        return fail(Tr::tr("the endpoint answered HTTP %1")
                        .arg(QString::fromLatin1(
                            status.mid(parts[0].size() + 1).left(80).toPercentEncoding(" /:.()"))));
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length") {
            const qint64 n = value.toLongLong(&ok);
            if (!ok || n < 0)
                return fail(Tr::tr("the Content-Length header is not a number"));
            if (m_contentLength >= 0 && m_contentLength != n)
                return fail(Tr::tr("two different Content-Length headers"));
            const qsizetype cap = m_endpoint.response == AttestationEndpoint::ResponseFormat::Raw
                ? MaxDocumentBytes
                : MaxBodyBytes;
            if (n > cap)
                return fail(
                    Tr::tr("the endpoint announced %1 bytes, more than the %2 accepted").arg(n).arg(cap));
            m_contentLength = n;
        } else if (name == "transfer-encoding") {
            if (value.toLower() != "chunked")
                return fail(Tr::tr("unsupported Transfer-Encoding \"%1\"")
                                .arg(QString::fromLatin1(value.left(40).toPercentEncoding())));
            m_chunked = true;
        }
    }
    if (m_chunked)
        m_contentLength = -1;
    m_headersDone = true;
    m_buffer.remove(0, end + skip);
    if (m_contentLength == 0)
        return completeBody({});
    return m_state;
}

AttestationResponseReader::State AttestationResponseReader::parseChunked()
{
    const qsizetype cap
        = m_endpoint.response == AttestationEndpoint::ResponseFormat::Raw ? MaxDocumentBytes : MaxBodyBytes;
    for (;;) {
        const qsizetype eol = m_buffer.indexOf("\r\n");
        if (eol < 0) {
            if (m_buffer.size() > 64)
                return fail(Tr::tr("a chunk size line is longer than 64 bytes"));
            return m_state;
        }
        QByteArray sizeText = m_buffer.left(eol);
        if (const qsizetype semi = sizeText.indexOf(';'); semi >= 0)
            sizeText.truncate(semi);
        bool ok = false;
        const qint64 size = sizeText.trimmed().toLongLong(&ok, 16);
        if (!ok || size < 0)
            return fail(Tr::tr("a chunk size is not hex"));
        if (m_body.size() + size > cap)
            return fail(Tr::tr("the response body is larger than the %1 bytes accepted").arg(cap));
        if (size == 0) {
            // Last chunk; trailers are not expected, only the final CRLF.
            if (m_buffer.size() < eol + 4)
                return m_state;
            return completeBody(std::exchange(m_body, {}));
        }
        if (m_buffer.size() < eol + 2 + size + 2)
            return m_state;
        m_body.append(m_buffer.mid(eol + 2, size));
        m_buffer.remove(0, eol + 2 + size + 2);
    }
}

AttestationResponseReader::State AttestationResponseReader::completeBody(const QByteArray &body)
{
    QByteArray document;
    switch (m_endpoint.response) {
    case AttestationEndpoint::ResponseFormat::Raw:
        document = body;
        break;
    case AttestationEndpoint::ResponseFormat::Hex:
    case AttestationEndpoint::ResponseFormat::Base64: {
        auto decoded = decodeText(body, m_endpoint.response);
        if (!decoded)
            return fail(decoded.error().message);
        document = *decoded;
        break;
    }
    case AttestationEndpoint::ResponseFormat::JsonField: {
        QJsonParseError error {};
        const QJsonDocument json = QJsonDocument::fromJson(body, &error);
        if (error.error != QJsonParseError::NoError || !json.isObject())
            return fail(Tr::tr("the body is not a JSON object"));
        const QJsonValue value = json.object().value(m_endpoint.jsonField);
        if (!value.isString())
            return fail(Tr::tr("the JSON body has no text field \"%1\"").arg(m_endpoint.jsonField));
        auto decoded = decodeText(value.toString().toLatin1(), m_endpoint.response);
        if (!decoded)
            return fail(decoded.error().message);
        document = *decoded;
        break;
    }
    }
    if (document.isEmpty())
        return fail(Tr::tr("the endpoint answered an empty document"));
    if (document.size() > MaxDocumentBytes)
        return fail(Tr::tr("the document has %1 bytes, more than the %2 accepted")
                        .arg(document.size())
                        .arg(MaxDocumentBytes));
    m_document = document;
    m_buffer.clear();
    m_state = State::Done;
    return m_state;
}

} // namespace enclave
