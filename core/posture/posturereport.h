#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace enclave {

// How a posture report rendering names things: the program that made it ("Generated ... by
// <generator>") and whether inputs appear as full paths (the CLI, for scripts) or as file names (a
// report handed to someone else, where the reviewer's directories are noise and may be private).
struct PostureRenderOptions {
    QString generator = QStringLiteral("enclave-tool assess");
    bool fullPaths = true;
};

// The security posture of one enclave image (with its key policy and an attestation document when
// given), as a reviewer writes it by hand: a PCR table with what the policy binds, the policy's
// conditions, the signing certificate, and PASS/WARN/FAIL checks. Rendered as Markdown or JSON.
struct PostureReport {
    enum class Status { Pass, Warn, Fail, Info };

    struct Check {
        QString id; // stable: "crc", "signed", "signature", "certificate-expiry", "debug-mode", ...
        Status status = Status::Info;
        QString title;
        QString detail;
    };

    struct PcrRow {
        int index = 0;
        QString meaning; // "enclave image", "kernel + bootstrap", ...
        QByteArray eifValue; // empty: the image does not determine it
        QByteArray attestationValue;
        bool boundInPolicy = false;
        QStringList policyValues; // lower-case hex as written
        bool policyMatchesEif = false;
        bool policyMatchesAttestation = false;
    };

    struct PolicyCondition {
        QString statement;
        QString effect;
        QString op;
        QString key;
        QStringList values;
    };

    QString generatedAt; // ISO 8601 UTC
    QString eifPath;
    int eifVersion = 0;
    qint64 eifSize = 0;
    bool isSigned = false;
    QString signatureAlgorithm;
    QString policyPath;
    QString attestationPath;

    QList<PcrRow> pcrs;
    QList<PolicyCondition> conditions;
    QStringList lint; // "warning: ..." lines from the policy linter

    bool hasCertificate = false;
    QString certSubject;
    QString certIssuer;
    QString certAlgorithm;
    QString certCurve;
    QString certNotBefore;
    QString certNotAfter;
    qint64 certDaysLeft = 0;
    QByteArray certPcr8;

    QList<Check> checks;

    using RenderOptions = PostureRenderOptions;

    Status overall() const;
    int count(Status status) const;
    QString toMarkdown(const RenderOptions &options = {}) const;
    // A standalone HTML document with its own style sheet: coloured status badges, collapsed table
    // borders, no empty header rows; it renders the same in a browser and in QTextDocument.
    QString toHtml(const RenderOptions &options = {}) const;
    QJsonObject toJson() const;

    static QString statusName(Status status); // "PASS", "WARN", "FAIL", "INFO"
};

} // namespace enclave
