#include <QStandardPaths>
#include <QTest>

#include "kms/kmsconditionkey.h"

using namespace enclave;
using namespace Qt::StringLiterals;
using Kind = KmsConditionKey::Kind;

class TestKmsConditionKey final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void parse_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("pcr");
        QTest::newRow("ImageSha384") << u"kms:RecipientAttestation:ImageSha384"_s << int(Kind::ImageSha384)
                                     << 0;
        QTest::newRow("case-insensitive")
            << u"KMS:recipientattestation:imagesha384"_s << int(Kind::ImageSha384) << 0;
        QTest::newRow("PCR0") << u"kms:RecipientAttestation:PCR0"_s << int(Kind::Pcr) << 0;
        QTest::newRow("PCR8") << u"kms:RecipientAttestation:PCR8"_s << int(Kind::Pcr) << 8;
        QTest::newRow("PCR16 custom") << u"kms:RecipientAttestation:PCR16"_s << int(Kind::Pcr) << 16;
        QTest::newRow("PCR31") << u"kms:RecipientAttestation:PCR31"_s << int(Kind::Pcr) << 31;
        QTest::newRow("PCR32") << u"kms:RecipientAttestation:PCR32"_s << int(Kind::UnknownAttestation) << -1;
        QTest::newRow("PCR01") << u"kms:RecipientAttestation:PCR01"_s << int(Kind::UnknownAttestation) << -1;
        QTest::newRow("PCR-1") << u"kms:RecipientAttestation:PCR-1"_s << int(Kind::UnknownAttestation) << -1;
        QTest::newRow("PCR") << u"kms:RecipientAttestation:PCR"_s << int(Kind::UnknownAttestation) << -1;
        QTest::newRow("typo") << u"kms:RecipientAttestation:ImageSha256"_s << int(Kind::UnknownAttestation)
                              << -1;
        QTest::newRow("nitrotpm") << u"kms:RecipientAttestation:NitroTPMPCR7"_s << int(Kind::NitroTpmPcr)
                                  << 7;
        QTest::newRow("other") << u"aws:SourceIp"_s << int(Kind::Other) << -1;
        QTest::newRow("via service") << u"kms:ViaService"_s << int(Kind::Other) << -1;
    }
    void parse()
    {
        QFETCH(QString, key);
        QFETCH(int, kind);
        QFETCH(int, pcr);
        const KmsConditionKey k = KmsConditionKey::parse(key);
        QCOMPARE(int(k.kind()), kind);
        QCOMPARE(k.pcrIndex(), pcr);
        QCOMPARE(k.isAttestation(), kind != int(Kind::Other));
        QCOMPARE(k.key(), key);
    }

    void forPcr()
    {
        QCOMPARE(KmsConditionKey::forPcr(0), u"kms:RecipientAttestation:ImageSha384"_s);
        QCOMPARE(
            KmsConditionKey::forPcr(0, KmsConditionKey::Pcr0Style::Pcr0), u"kms:RecipientAttestation:PCR0"_s);
        QCOMPARE(KmsConditionKey::forPcr(8), u"kms:RecipientAttestation:PCR8"_s);
        for (int i : { 0, 1, 2, 3, 4, 8, 16 }) {
            const KmsConditionKey k = KmsConditionKey::parse(KmsConditionKey::forPcr(i));
            QCOMPARE(k.pcrIndex(), i);
        }
    }
};

QTEST_GUILESS_MAIN(TestKmsConditionKey)
#include "tst_kmsconditionkey.moc"
