#include "attestation/simulatorattestation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLockFile>

#include <algorithm>
#include <cctype>

#include "cbor/cborencoder.h"
#include "common/atomicfilewriter.h"
#include "crypto/cosesign1.h"
#include "crypto/x509certificatebuilder.h"

namespace enclave {

namespace {

// Messages for people, translated in context "SimulatorAttestationPki".
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(SimulatorAttestationPki)
};

const QString kRootSubject
    = QStringLiteral("CN=Enclave Studio simulator (NOT AWS) root,O=Enclave Studio simulator");
const QString kIntermediateSubject
    = QStringLiteral("CN=Enclave Studio simulator (NOT AWS) intermediate,O=Enclave Studio simulator");
const QString kLeafSubject
    = QStringLiteral("CN=Enclave Studio simulator (NOT AWS) enclave,O=Enclave Studio simulator");
constexpr qsizetype kMaxOptionalField = 1024;

QByteArray pem(const QByteArray &der)
{
    QByteArray b64 = der.toBase64();
    QByteArray out = "-----BEGIN CERTIFICATE-----\n";
    for (qsizetype i = 0; i < b64.size(); i += 64)
        out += b64.mid(i, 64) + '\n';
    return out + "-----END CERTIFICATE-----\n";
}

Result<QByteArray> readSmall(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(Error::Code::Io, Tr::tr("cannot read %1: %2").arg(path, f.errorString()));
    const QByteArray data = f.read(64 * 1024);
    return data;
}

struct Pair {
    std::shared_ptr<SigningKey> key;
    QByteArray der;
};

Result<Pair> load(const QString &dir, const QString &name)
{
    auto keyPem = readSmall(dir + u'/' + name + QStringLiteral(".key"));
    auto certPem = readSmall(dir + u'/' + name + QStringLiteral(".pem"));
    if (!keyPem || !certPem)
        return std::unexpected(!keyPem ? keyPem.error() : certPem.error());
    auto key = SigningKey::fromPem(*keyPem);
    auto cert = X509Certificate::fromPem(*certPem);
    if (!key || !cert)
        return std::unexpected(!key ? key.error() : cert.error());
    return Pair { std::make_shared<SigningKey>(std::move(*key)), cert->der() };
}

Result<Pair> make(const QString &dir, const QString &name, const X509CertificateSpec &spec,
    const Pair *issuer, const QString &issuerSubject)
{
    auto key = SigningKey::generate(QStringLiteral("secp384r1"));
    if (!key)
        return std::unexpected(key.error());
    auto der = issueCertificate(spec, *key, issuer ? issuer->key.get() : nullptr, issuerSubject);
    if (!der)
        return std::unexpected(der.error());
    auto keyPem = key->toPem();
    if (!keyPem)
        return std::unexpected(keyPem.error());
    if (auto r = AtomicFileWriter::writeFile(
            dir + u'/' + name + QStringLiteral(".key"), *keyPem, 0600, AtomicFileWriter::Commit::Replace);
        !r)
        return std::unexpected(r.error());
    if (auto r = AtomicFileWriter::writeFile(
            dir + u'/' + name + QStringLiteral(".pem"), pem(*der), 0644, AtomicFileWriter::Commit::Replace);
        !r)
        return std::unexpected(r.error());
    return Pair { std::make_shared<SigningKey>(std::move(*key)), *der };
}

} // namespace

QString SimulatorAttestationPki::rootPemPath(const QString &dir)
{
    return dir + QStringLiteral("/root.pem");
}

Result<SimulatorAttestationPki> SimulatorAttestationPki::loadOrCreate(
    const QString &dir, const QDateTime &nowIn)
{
    const QDateTime now = nowIn.isValid() ? nowIn : QDateTime::currentDateTimeUtc();
    if (!QDir().mkpath(dir))
        return makeError(Error::Code::Io, Tr::tr("cannot create %1").arg(dir));
    QLockFile lock(dir + QStringLiteral("/pki.lock"));
    if (!lock.tryLock(10000))
        return makeError(
            Error::Code::Io, Tr::tr("the simulator PKI in %1 is locked by another process").arg(dir));

    auto root = load(dir, QStringLiteral("root"));
    auto intermediate
        = root ? load(dir, QStringLiteral("intermediate")) : Result<Pair>(std::unexpected(root.error()));
    if (!root || !intermediate) {
        root = make(dir, QStringLiteral("root"),
            { kRootSubject, now.addDays(-1), now.addYears(30), true, -1,
                QStringLiteral("critical,digitalSignature,keyCertSign,cRLSign") },
            nullptr, {});
        if (!root)
            return std::unexpected(root.error());
        intermediate = make(dir, QStringLiteral("intermediate"),
            { kIntermediateSubject, now.addDays(-1), now.addYears(30), true, 0,
                QStringLiteral("critical,digitalSignature,keyCertSign,cRLSign") },
            &*root, kRootSubject);
        if (!intermediate)
            return std::unexpected(intermediate.error());
    }
    auto leaf = load(dir, QStringLiteral("leaf"));
    bool renew = !leaf;
    if (leaf) {
        auto cert = X509Certificate::fromDer(leaf->der);
        renew = !cert || cert->notAfter() < now.addSecs(600) || cert->notBefore() > now;
    }
    if (renew) {
        leaf = make(dir, QStringLiteral("leaf"),
            { kLeafSubject, now.addSecs(-60), now.addSecs(kLeafLifetimeSeconds - 60), false, -1,
                QStringLiteral("critical,digitalSignature") },
            &*intermediate, kIntermediateSubject);
        if (!leaf)
            return std::unexpected(leaf.error());
    }
    auto rootCert = X509Certificate::fromDer(root->der);
    if (!rootCert)
        return std::unexpected(rootCert.error());
    SimulatorAttestationPki pki;
    pki.m_root = *rootCert;
    pki.m_rootDer = root->der;
    pki.m_intermediateDer = intermediate->der;
    pki.m_leafDer = leaf->der;
    pki.m_leafKey = leaf->key;
    return pki;
}

QByteArray SimulatorAttestationPki::rootPem() const
{
    return pem(m_rootDer);
}

Result<QByteArray> SimulatorAttestationPki::sign(const Document &document) const
{
    for (const auto *field : { &document.publicKey, &document.userData, &document.nonce }) {
        if (*field && field->value().size() > kMaxOptionalField)
            return makeError(Error::Code::LimitExceeded,
                Tr::tr("public_key, user_data and nonce hold at most 1024 bytes"));
    }
    const QDateTime timestamp
        = document.timestamp.isValid() ? document.timestamp : QDateTime::currentDateTimeUtc();
    CborEncoder payload;
    payload.mapHeader(9);
    payload.text("module_id").text(document.moduleId.toUtf8());
    payload.text("digest").text("SHA384");
    payload.text("timestamp").unsignedInt(quint64(timestamp.toMSecsSinceEpoch()));
    payload.text("pcrs").mapHeader(quint64(document.pcrs.size()));
    for (int index : document.pcrs.indexes())
        payload.unsignedInt(quint64(index)).bytes(document.pcrs.value(index));
    payload.text("certificate").bytes(m_leafDer);
    payload.text("cabundle").arrayHeader(2).bytes(m_rootDer).bytes(m_intermediateDer);
    for (const auto &[name, value] : { std::pair { "public_key", &document.publicKey },
             std::pair { "user_data", &document.userData }, std::pair { "nonce", &document.nonce } }) {
        payload.text(name);
        if (*value)
            payload.bytes(value->value());
        else
            payload.null();
    }
    return CoseSign1::sign(payload.data(), *m_leafKey);
}

} // namespace enclave

namespace enclave {

SimulatorAttestationResponder::SimulatorAttestationResponder(AttestationEndpoint::Kind kind, Signer signer)
    : m_kind(kind)
    , m_signer(std::move(signer))
{
}

std::optional<QByteArray> SimulatorAttestationResponder::feed(QByteArrayView data)
{
    if (m_answered)
        return std::nullopt;
    m_buffer.append(data);
    auto answer = m_kind == AttestationEndpoint::Kind::Raw ? answerRaw() : answerHttp();
    if (answer)
        m_answered = true;
    return answer;
}

std::optional<QByteArray> SimulatorAttestationResponder::answerRaw()
{
    if (m_buffer.size() < 4)
        return std::nullopt;
    const auto *p = reinterpret_cast<const unsigned char *>(m_buffer.constData());
    const quint32 length
        = (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
    if (length > 1024)
        return QByteArray(); // the NSM refuses nonces over 1024 bytes: close without an answer
    if (m_buffer.size() < 4 + qsizetype(length))
        return std::nullopt;
    Request request;
    if (length > 0)
        request.nonce = m_buffer.mid(4, length);
    auto document = m_signer(request);
    if (!document)
        return QByteArray();
    const quint32 n = quint32(document->size());
    QByteArray out;
    out.append(char(n >> 24)).append(char(n >> 16)).append(char(n >> 8)).append(char(n));
    return out + *document;
}

QByteArray SimulatorAttestationResponder::httpError(int status, const char *reason, const QString &text)
{
    const QByteArray body = text.toUtf8() + '\n';
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason
        + "\r\nContent-Type: text/plain; charset=utf-8\r\nConnection: close\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

std::optional<QByteArray> SimulatorAttestationResponder::answerHttp()
{
    const qsizetype end = m_buffer.indexOf("\r\n\r\n");
    if (end < 0) {
        if (m_buffer.size() > 8192)
            return httpError(413, "Content Too Large", QStringLiteral("request headers over 8192 bytes"));
        return std::nullopt;
    }
    const QByteArray line = m_buffer.left(m_buffer.indexOf("\r\n"));
    const QList<QByteArray> parts = line.split(' ');
    if (parts.size() != 3 || !parts[2].startsWith("HTTP/1."))
        return httpError(400, "Bad Request", QStringLiteral("not an HTTP/1.x request line"));
    if (parts[0] != "GET")
        return httpError(405, "Method Not Allowed", QStringLiteral("use GET"));
    const QByteArray target = parts[1];
    const qsizetype q = target.indexOf('?');
    const QByteArray path = q < 0 ? target : target.left(q);
    if (path != "/attestation" && path != "/attestation/raw")
        return httpError(
            404, "Not Found", QStringLiteral("the attestation endpoint is /attestation?nonce=HEX"));
    Request request;
    if (q >= 0) {
        for (const QByteArray &pair : target.mid(q + 1).split('&')) {
            const qsizetype eq = pair.indexOf('=');
            const QByteArray key = pair.left(eq);
            const QByteArray value = eq < 0 ? QByteArray() : pair.mid(eq + 1);
            std::optional<QByteArray> *slot = key == "nonce" ? &request.nonce
                : key == "public_key"                        ? &request.publicKey
                : key == "user_data"                         ? &request.userData
                                                             : nullptr;
            if (!slot)
                continue;
            const bool hex = value.size() % 2 == 0 && std::all_of(value.cbegin(), value.cend(), [](char c) {
                return std::isxdigit(static_cast<unsigned char>(c));
            });
            if (!hex)
                return httpError(
                    400, "Bad Request", QStringLiteral("%1 must be hex").arg(QString::fromLatin1(key)));
            if (value.size() > 2048)
                return httpError(413, "Content Too Large",
                    QStringLiteral("%1 holds at most 1024 bytes").arg(QString::fromLatin1(key)));
            *slot = QByteArray::fromHex(value);
        }
    }
    auto document = m_signer(request);
    if (!document)
        return httpError(500, "Internal Server Error", document.error().message);
    return "HTTP/1.1 200 OK\r\nContent-Type: application/cbor\r\nConnection: close\r\nContent-Length: "
        + QByteArray::number(document->size()) + "\r\n\r\n" + *document;
}

} // namespace enclave
