#pragma once

#include <initializer_list>
#include <map>
#include <utility>

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace enclave {

class AttestationDocument;
struct EifMeasurements;

// One PCR of a measurement source, and where it came from.
struct PcrMeasurement {
    int index = -1;
    // The register value. A KMS policy may accept any of several values for one PCR: then they are
    // all in `accepted` (value is the first); otherwise accepted holds just value.
    QByteArray value;
    QList<QByteArray> accepted;
    QString origin; // e.g. "Measurements.PCR0", "payload pcrs[2]", "Statement[0] ... ImageSha384"

    bool accepts(const QByteArray &other) const { return accepted.contains(other); }
};

// A set of PCR index -> value from one source (an EIF, an attestation document, nitro-cli output,
// a KMS key policy, an expectations file, pasted text), with the source's kind and name. The one
// PCR set above the hashing code: views, comparisons (PcrDiff) and writers (NitroCliJson) take it.
class Measurements final {
public:
    // Register values are SHA-384 (48 bytes) on Nitro; eif_build can be asked for SHA-256/512.
    // The one length rule for values read from text.
    static bool isValidValueLength(qsizetype bytes) { return bytes == 48 || bytes == 32 || bytes == 64; }
    // The NSM has 32 registers.
    static constexpr int MaxPcrIndex = 31;
    // What PCRn measures, for people ("enclave image", "signing certificate", ...): the one table,
    // worded to stand in a table cell or mid-sentence (PCR tables, the posture report).
    static QString pcrMeaning(int index);

    enum class SourceType {
        Unknown,
        Eif, // computed from the image
        AttestationDocument, // the payload's pcrs map
        NitroCliJson, // nitro-cli build-enclave / sign-eif / describe-eif / describe-enclaves
        DescribeEifJson, // enclave-tool describe-eif --json
        KmsKeyPolicy, // kms:RecipientAttestation:ImageSha384 / PCRn conditions
        Expectations, // {"PCR0": "...", ...}
    };

    Measurements() = default;
    Measurements(SourceType type, QString sourceName)
        : m_type(type)
        , m_sourceName(std::move(sourceName))
    {
    }
    // Values without origins (tests, pasted values): {{0, pcr0}, {8, pcr8}}.
    Measurements(std::initializer_list<std::pair<int, QByteArray>> values);
    // PCR0/1/2 (and PCR8 when the image is signed and it could be computed) of an EIF, PCR8
    // implied zero when unsigned; notes say why PCR8 is missing and whether the CRC matches.
    static Measurements fromEif(const EifMeasurements &m, bool isSigned, const QString &sourceName);
    // The payload's pcrs (or NitroTPM nitrotpm_pcrs) of a parsed document, each with its origin
    // "payload pcrs[n]"; the hash label is the document's digest ("SHA384").
    static Measurements fromAttestationDocument(const AttestationDocument &doc, const QString &sourceName);

    SourceType sourceType() const { return m_type; }
    void setSourceType(SourceType type) { m_type = type; }
    // The file (or label) the values were read from.
    QString sourceName() const { return m_sourceName; }
    void setSourceName(const QString &name) { m_sourceName = name; }
    // Free text: "nitro-cli describe-eif", "attestation document (debug mode)", ...
    QString sourceDetail() const { return m_sourceDetail; }
    void setSourceDetail(const QString &detail) { m_sourceDetail = detail; }
    // The label the source gives its hash ("Sha384 { ... }", "Sha512_48 { .. }"); empty if none.
    QString hashAlgorithm() const { return m_hashAlgorithm; }
    void setHashAlgorithm(const QString &label) { m_hashAlgorithm = label; }

    bool isEmpty() const { return m_pcrs.empty(); }
    int size() const { return int(m_pcrs.size()); }
    QList<int> indexes() const;
    bool contains(int index) const { return m_pcrs.count(index) != 0; }
    // nullptr when the source has no value for index ("not found" is a value).
    const PcrMeasurement *find(int index) const;
    QByteArray value(int index) const;
    // Replaces any earlier value for the same index.
    void insert(PcrMeasurement pcr);
    void insert(int index, const QByteArray &value) { insert(PcrMeasurement { index, value, {}, {} }); }
    void remove(int index) { m_pcrs.erase(index); }

    // PCRs this source would list if they were extended, so that their absence means "48 zero
    // bytes" rather than "unknown": PCR8 for an EIF or nitro-cli output (absent = unsigned).
    QSet<int> impliedZero() const { return m_impliedZero; }
    void setImpliedZero(const QSet<int> &indexes) { m_impliedZero = indexes; }

    // Things a reviewer should know about the source (debug mode, unverified document, ...).
    QStringList notes() const { return m_notes; }
    void addNote(const QString &note) { m_notes.append(note); }

    // {"source": ..., "type": ..., "hashAlgorithm": ..., "pcrs": {"PCR0": {"value", "origin"}}, "notes"}
    QJsonObject toJson() const;

    // Stable identifiers for JSON output: "eif", "attestation-document", "nitro-cli-json",
    // "describe-eif-json", "kms-key-policy", "expectations", "unknown".
    static QString sourceTypeId(SourceType type);
    // For people: "EIF (computed)", "attestation document", ...
    static QString sourceTypeName(SourceType type);

private:
    SourceType m_type = SourceType::Unknown;
    QString m_sourceName;
    QString m_sourceDetail;
    QString m_hashAlgorithm;
    std::map<int, PcrMeasurement> m_pcrs;
    QSet<int> m_impliedZero;
    QStringList m_notes;
};

} // namespace enclave
