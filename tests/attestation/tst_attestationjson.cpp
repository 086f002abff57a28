#include <QJsonArray>
#include <QStandardPaths>
#include <QTest>

#include "attestation/attestationdocument.h"
#include "attestation/attestationfixtures.h"
#include "attestation/attestationjson.h"
#include "attestation/attestationverifier.h"
#include "common/hex.h"
#include "crypto/x509certificate.h"

using namespace enclave;
using namespace enclave::testkit;
using namespace Qt::StringLiterals;

class TestAttestationJson final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void report_data()
    {
        QTest::addColumn<QString>("file");
        for (const QString &f : realDocuments())
            QTest::newRow(qPrintable(f)) << f;
    }
    void report()
    {
        QFETCH(QString, file);
        const QJsonObject e = expectedValues().value(file).toObject();
        const auto doc = AttestationDocument::parse(readAttestationFile(file));
        QVERIFY(doc);
        const auto v = AttestationVerifier().verify(*doc, AttestationTime::document());
        const QJsonObject r = attestationjson::report(*doc, v);
        QCOMPARE(r[u"valid"_s].toBool(), true);

        const QJsonObject d = r[u"document"_s].toObject();
        QCOMPARE(d[u"pcrs"_s].toObject(), e[u"pcrs"_s].toObject());
        QCOMPARE(d[u"timestamp_ms"_s].toInteger(), e[u"timestamp_ms"_s].toInteger());
        QCOMPARE(d[u"timestamp"_s].toString(), e[u"timestamp_utc"_s].toString());
        QCOMPARE(d[u"module_id"_s].toString(), e[u"module_id"_s].toString());
        QCOMPARE(d[u"digest"_s].toString(), u"SHA384"_s);
        QCOMPARE(d[u"payload_map"_s].toString(), e[u"payload_map_encoding"_s].toString());
        QCOMPARE(d[u"protected"_s].toString(), u"a1013822"_s);
        QCOMPARE(d[u"signature"_s].toString().size(), 192);
        QCOMPARE(d[u"user_data"_s], e[u"user_data"_s]);

        // Certificates: identity, validity and fingerprint, matching the reference hashes.
        QHash<QString, QString> hashes;
        for (const QJsonValue &c : e[u"certs"_s].toArray())
            hashes.insert(c[u"which"_s].toString(), c[u"sha256"_s].toString());
        const QJsonObject leaf = d[u"certificate"_s].toObject();
        QCOMPARE(leaf[u"sha256"_s].toString(), hashes.value(u"leaf"_s));
        QCOMPARE(leaf[u"ca"_s].toBool(), false);
        QCOMPARE(leaf[u"public_key"_s].toString(), u"EC secp384r1"_s);
        QCOMPARE(leaf[u"signature_algorithm"_s].toString(), u"ecdsa-with-SHA384"_s);
        const QDateTime nb = QDateTime::fromString(leaf[u"not_before"_s].toString(), Qt::ISODate);
        const QDateTime na = QDateTime::fromString(leaf[u"not_after"_s].toString(), Qt::ISODate);
        // AWS leaves live 3 hours (observed: 10800 or 10803 s, notBefore rounded down).
        QVERIFY2(
            nb.secsTo(na) >= 10800 && nb.secsTo(na) <= 10810, qPrintable(QString::number(nb.secsTo(na))));
        const QJsonArray bundle = d[u"cabundle"_s].toArray();
        for (int i = 0; i < bundle.size(); ++i)
            QCOMPARE(bundle[i][u"sha256"_s].toString(), hashes.value(u"cabundle[%1]"_s.arg(i)));
        QCOMPARE(bundle[0][u"subject"_s].toString(), bundle[0][u"issuer"_s].toString());
        QCOMPARE(bundle[1][u"issuer"_s].toString(), bundle[0][u"subject"_s].toString());

        // Spans match the document API.
        const QJsonObject spans = d[u"spans"_s].toObject();
        QCOMPARE(spans.size(), doc->keyOrder().size());
        QCOMPARE(spans[u"pcrs"_s][u"offset"_s].toInteger(), doc->fieldSpan(u"pcrs"_s).offset);
        QCOMPARE(spans[u"pcrs"_s][u"length"_s].toInteger(), doc->fieldSpan(u"pcrs"_s).length);

        // Verification: every check as {id, title, status, reason}, in order.
        const QJsonObject ver = r[u"verification"_s].toObject();
        QCOMPARE(ver[u"verdict"_s].toString(), u"valid"_s);
        QCOMPARE(ver[u"time_mode"_s].toString(), u"doc"_s);
        QCOMPARE(ver[u"debug_mode"_s].toBool(), e[u"debug_mode"_s].toBool());
        QCOMPARE(ver[u"root"_s][u"sha256"_s].toString(),
            u"641a0321a3e244efe456463195d606317ed7cdcc3c1756e09893f3c68f79bb5b"_s);
        const QJsonArray checks = ver[u"checks"_s].toArray();
        QCOMPARE(checks.size(), v.checks.size());
        QStringList ids;
        for (const QJsonValue &c : checks) {
            ids << c[u"id"_s].toString();
            QVERIFY(!c[u"title"_s].toString().isEmpty());
            QVERIFY(!c[u"reason"_s].toString().isEmpty());
            QVERIFY(
                QStringList({ u"passed"_s, u"skipped"_s, u"warning"_s }).contains(c[u"status"_s].toString()));
        }
        QCOMPARE(ids.mid(0, 4), (QStringList { u"cose"_s, u"alg"_s, u"schema"_s, u"kind"_s }));
        QVERIFY(ids.contains(u"chain"_s) && ids.contains(u"signature"_s) && ids.contains(u"max-age"_s));
        QCOMPARE(ver[u"first_failure"_s].toString(), QString());
    }

    void invalidVerdict()
    {
        const auto doc = AttestationDocument::parse(readAttestationFile(u"sparsity2-badsig-INVALID.cbor"_s));
        QVERIFY(doc);
        const QJsonObject ver
            = attestationjson::verification(AttestationVerifier().verify(*doc, AttestationTime::document()));
        QCOMPARE(ver[u"verdict"_s].toString(), u"invalid"_s);
        QCOMPARE(ver[u"valid"_s].toBool(true), false);
        QVERIFY(ver[u"first_failure"_s].toString().startsWith(u"ES384 signature"_s));
    }
};

QTEST_GUILESS_MAIN(TestAttestationJson)
#include "tst_attestationjson.moc"
