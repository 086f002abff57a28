#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QList>
#include <QString>

#include "common/error.h"

namespace enclave {

// How a running enclave hands out an attestation document over one vsock stream (opened by the
// agent's vsock.open, so no new port on the parent). Two kinds:
//  - Raw: the client writes a 4-byte big-endian length and the nonce; the enclave answers a 4-byte
//    big-endian length and the COSE_Sign1 document (specified in core/agent/PROTOCOL.md).
//  - Http: one HTTP/1.1 request (method, path with {nonce_hex} / {nonce_b64}), the body read as raw
//    CBOR, hex, base64 or one JSON field holding hex or base64.
struct AttestationEndpoint {
    enum class Kind { Raw, Http };
    enum class ResponseFormat { Raw, Hex, Base64, JsonField };

    Kind kind = Kind::Raw;
    quint32 port = 5005;
    QString httpMethod = QStringLiteral("GET");
    QString httpPath = QStringLiteral("/attestation?nonce={nonce_hex}");
    ResponseFormat response = ResponseFormat::Raw;
    QString jsonField; // ResponseFormat::JsonField: the key of the top-level object
    QString presetName; // set when made by preset(); informational

    // The nonce reaches the enclave: always for Raw, for Http when the path has a nonce placeholder.
    bool carriesNonce() const;
    // Method is an HTTP token, path starts with '/' and has no whitespace or control characters,
    // the JSON field is named, the port is non-zero.
    Result<void> validate() const;
    // The bytes the client writes (nonce: the 32 random bytes the client chose).
    QByteArray request(const QByteArray &nonce) const;

    QJsonObject toJson() const;
    static Result<AttestationEndpoint> fromJson(const QJsonObject &object);
    static QString kindName(Kind kind); // "raw", "http"
    static QString responseName(ResponseFormat fmt); // "raw", "hex", "base64", "json"
    // "raw" | "hex" | "base64" | "json:FIELD"
    static Result<void> parseResponse(const QString &text, AttestationEndpoint &into);

    // Built-in presets: "raw" (our minimal protocol, port 5005), "http" (the simulator's HTTP
    // endpoint, port 5006) and the in-enclave attestation servers that publish their format.
    static QStringList presetNames();
    static Result<AttestationEndpoint> preset(const QString &name);
};

// Reads an endpoint's answer as it arrives and yields the COSE_Sign1 bytes. Bounded: the document
// may be at most MaxDocumentBytes, HTTP headers MaxHeaderBytes, an encoded body MaxBodyBytes; any
// excess fails at once, before buffering it. Cost: linear in the bytes fed, memory <= the caps.
class AttestationResponseReader final {
public:
    static constexpr qsizetype MaxDocumentBytes = 16 * 1024;
    static constexpr qsizetype MaxHeaderBytes = 8 * 1024;
    static constexpr qsizetype MaxBodyBytes = 64 * 1024;

    enum class State { NeedMore, Done, Failed };

    explicit AttestationResponseReader(const AttestationEndpoint &endpoint);

    State feed(QByteArrayView data);
    // The peer closed its side (EOF): completes a close-delimited HTTP body, else fails if incomplete.
    State finish();

    State state() const { return m_state; }
    QByteArray document() const { return m_document; }
    QString error() const { return m_error; }
    qint64 bytesReceived() const { return m_received; }

private:
    State fail(const QString &message);
    State parseRaw();
    State parseHttp();
    State parseHttpHeaders();
    State parseChunked();
    State completeBody(const QByteArray &body);

    AttestationEndpoint m_endpoint;
    State m_state = State::NeedMore;
    QByteArray m_buffer;
    QByteArray m_document;
    QString m_error;
    qint64 m_received = 0;
    // HTTP
    bool m_headersDone = false;
    qint64 m_contentLength = -1;
    bool m_chunked = false;
    QByteArray m_body;
};

} // namespace enclave
