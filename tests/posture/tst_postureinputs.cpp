#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include "common/fixtures.h"
#include "common/hex.h"
#include "posture/postureinputs.h"

using namespace enclave;
using namespace enclave::test;
using namespace Qt::StringLiterals;

namespace {
}

class TestPostureInputs final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void signedFixture()
    {
        // The synthetic fixture's certificate is valid 2024-01-01 .. 2033-12-29.
        const auto in = PostureInputs::load(eifFixture(u"signed_p384_v4.eif"_s), {}, {},
            QDateTime(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::utc()));
        QVERIFY2(in, qPrintable(in ? QString() : in.error().toString()));
        QVERIFY(in->crcOk);
        QVERIFY(in->isSigned);
        QVERIFY(in->signatureVerifies);
        QVERIFY(in->signatureCoversPcr0);
        QCOMPARE(in->signatureAlgorithm, u"ES384"_s);
        QCOMPARE(hex::encode(in->eifPcrs.value(0)),
            u"20465c702d4d5956cf9b32bc8e4b8bb556909056002f7bdfa7271b50e2174be50e78094b9ff233d2e6ef04b5ef64851f"_s);
        QCOMPARE(hex::encode(in->eifPcrs.value(8)),
            u"baf281eb324f49e02530f4292ca199d1f3082c2db5d275ca50ed00f8f2ea32c75621a931e9549adf426663ef6f804c0e"_s);
        QVERIFY(in->signingCertificate.isValid());
        QVERIFY(!in->hasAttestation);
        QVERIFY(!in->policy);
    }

    void unsignedWithDebugAttestation()
    {
        const auto in = PostureInputs::load(eifFixture(u"unsigned_v4.eif"_s), {},
            attestationFixture(u"evervault-ga-debug-2023-09-18.cbor"_s));
        QVERIFY2(in, qPrintable(in ? QString() : in.error().toString()));
        QVERIFY(!in->isSigned);
        QVERIFY(!in->eifPcrs.contains(8));
        QVERIFY(in->hasAttestation);
        QVERIFY(in->attestationDebugMode);
        QVERIFY(in->attestationGenuine); // real document, verified at its own time
        QVERIFY(in->attestationNonce.has_value());
        QCOMPARE(in->attestationPcrs.value(0), QByteArray(48, '\0'));
    }

    void productionAttestation()
    {
        const auto in = PostureInputs::load(eifFixture(u"unsigned_v4.eif"_s), {},
            attestationFixture(u"sparsity-attestation2-2023-09-28.cbor"_s));
        QVERIFY(in);
        QVERIFY(!in->attestationDebugMode);
        QVERIFY(in->attestationGenuine);
        QCOMPARE(hex::encode(in->attestationPcrs.value(0)).left(8), u"ca78fbe0"_s);
        QVERIFY(!in->attestationPublicKey.has_value());
    }

    void errors_data()
    {
        QTest::addColumn<QString>("eif");
        QTest::addColumn<QString>("policy");
        QTest::addColumn<QString>("doc");
        QTest::newRow("missing eif") << u"nope.eif"_s << QString() << QString();
        QTest::newRow("policy not json") << u"unsigned_v4.eif"_s << u"unsigned_v4.eif"_s << QString();
        QTest::newRow("missing policy") << u"unsigned_v4.eif"_s << u"nope.json"_s << QString();
        QTest::newRow("document is an eif") << u"unsigned_v4.eif"_s << QString() << u"unsigned_v4.eif"_s;
        QTest::newRow("eif is a document")
            << u"sparsity-attestation2-2023-09-28.cbor"_s << QString() << QString();
    }
    void errors()
    {
        QFETCH(QString, eif);
        QFETCH(QString, policy);
        QFETCH(QString, doc);
        const auto in = PostureInputs::load(fixture(eif), policy.isEmpty() ? QString() : fixture(policy),
            doc.isEmpty() ? QString() : fixture(doc));
        QVERIFY(!in);
        QVERIFY(!in.error().message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPostureInputs)
#include "tst_postureinputs.moc"
