#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "crypto/digest.h"
#include "crypto/signingkey.h"
#include "eif/eifdescription.h"
#include "eif/eiftestsupport.h"
#include "eif/eifwriter.h"
#include "signing/eifimagesigner.h"
#include "signing/eifsignaturewriter.h"
#include "signing/signingtestsupport.h"

using namespace enclave;
using namespace enclave::test;

class TestEifDescription final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    // Every nitro-cli key of the fixtures' expected describe-eif output, value for value.
    void fixtures_data() { addSyntheticFixtureRows(); }
    void fixtures()
    {
        QFETCH(QString, name);
        const QJsonObject expected
            = fixtureExpected(name).value(QLatin1StringView("nitro_cli_describe_eif")).toObject();
        QVERIFY(!expected.isEmpty());
        auto d = EifDescription::describe(fixtureEifPath(name));
        QVERIFY2(d, qPrintable(d ? QString() : d.error().toString()));
        QVERIFY(d->isClean());
        const QJsonObject got = d->toJson();
        for (auto it = expected.begin(); it != expected.end(); ++it)
            QVERIFY2(got.value(it.key()) == it.value(), qPrintable(it.key()));
        // Keys nitro-cli omits stay omitted.
        for (const char *key :
            { "SigningCertificate", "SignatureCheck", "ImageName", "ImageVersion", "Metadata" })
            QCOMPARE(got.contains(QLatin1StringView(key)), expected.contains(QLatin1StringView(key)));
        QCOMPARE(got.value(QLatin1StringView("Architecture")).toString(),
            name.contains(QStringLiteral("arm64")) ? QStringLiteral("aarch64") : QStringLiteral("x86_64"));
        QCOMPARE(got.value(QLatin1StringView("Sections")).toArray().size(), d->reader().sections().size());
        QCOMPARE(got.value(QLatin1StringView("Warnings")).toArray().size(), 0);
        QVERIFY(!got.contains(QLatin1StringView("Errors")));
        QCOMPARE(d->cmdline().size(), 119);
    }

    void problems()
    {
        QByteArray fixture = readFile(QStringLiteral(TEST_DATA_DIR "/eif/unsigned_v4.eif"));
        fixture[fixture.size() - 1] = char(fixture.at(fixture.size() - 1) ^ 0x55);
        auto d = EifDescription::describe(writeFile(m_dir, QStringLiteral("crc.eif"), fixture));
        QVERIFY(d);
        QVERIFY(!d->isClean());
        QCOMPARE(d->problems().first().offset, EifHeader::CrcOffset);
        QVERIFY(d->problems().first().message.contains(QStringLiteral("CRC mismatch")));
        QCOMPARE(d->toJson().value(QLatin1StringView("CheckCRC")).toBool(), false);
        QCOMPARE(d->toJson().value(QLatin1StringView("Errors")).toArray().size(), 1);

        QByteArray badMeta = buildEif({ { 1, "K" }, { 2, "C" }, { 5, "{not json" }, { 3, "R" } });
        d = EifDescription::describe(writeFile(m_dir, QStringLiteral("meta.eif"), badMeta));
        QVERIFY(d);
        QVERIFY(!d->isClean());
        QVERIFY(d->problems().first().message.contains(QStringLiteral("metadata section: invalid JSON")));
        QCOMPARE(d->problems().first().offset, qint64(586 + 2)); // data offset + QJsonParseError::offset
        QVERIFY(!d->toJson().contains(QLatin1StringView("ImageName")));
    }

    // A signature over another image's PCR0 verifies but does not match: SignatureCheck false.
    void signatureOverOtherPcr0()
    {
        auto id = makeSigningIdentity(QStringLiteral("reviewer"), 384);
        QVERIFY(id);
        const QString path = writeFile(m_dir, QStringLiteral("other.eif"),
            buildEif({ { 1, "K" }, { 2, "C" }, { 5, "{}" }, { 3, "R" } }));
        auto section = EifImageSigner::signatureSection(
            pcr::ofData("not this image"), *SigningKey::fromPem(id->privateKeyPem), id->certificatePem);
        QVERIFY(section);
        QVERIFY(EifSignatureWriter::write(path, path, *section));
        auto d = EifDescription::describe(path);
        QVERIFY(d);
        QVERIFY(!d->isClean());
        QCOMPARE(d->signatureCheck(), std::optional<bool>(false));
        const QJsonObject j = d->toJson();
        QCOMPARE(j.value(QLatin1StringView("IsSigned")).toBool(), true);
        QCOMPARE(j.value(QLatin1StringView("SignatureCheck")).toBool(), false);
        QVERIFY(j.value(QLatin1StringView("Measurements")).toObject().contains(QLatin1StringView("PCR8")));
        QCOMPARE(j.value(QLatin1StringView("SigningCertificate"))
                     .toObject()
                     .value(QLatin1StringView("IssuerName"))
                     .toObject()
                     .value(QLatin1StringView("commonName"))
                     .toString(),
            QStringLiteral("reviewer"));

        // Signing the right PCR0 (replacing the section) makes it clean.
        auto measured = EifImageSigner::sign(path, path, id->privateKeyPem, id->certificatePem);
        QVERIFY(measured);
        d = EifDescription::describe(path);
        QVERIFY(d->isClean());
        QCOMPARE(d->signatureCheck(), std::optional<bool>(true));
        QCOMPARE(d->measurements().pcr8, measured->pcr8);
        QCOMPARE(d->measurements().pcr8, pcr::ofData(d->signature().certificate().der()));
    }

    void corruptSignatureSection()
    {
        const QString path = writeFile(m_dir, QStringLiteral("badsig.eif"),
            buildEif({ { 1, "K" }, { 2, "C" }, { 5, "{}" }, { 3, "R" }, { 4, "\xff\xff" } }));
        auto d = EifDescription::describe(path);
        QVERIFY(d);
        QVERIFY(!d->isClean());
        const EifSection sig = *d->reader().firstSection(EifSectionType::Signature);
        QVERIFY(d->problems().first().offset >= sig.dataOffset());
        QVERIFY(d->problems().first().offset < sig.endOffset());
        const QJsonObject j = d->toJson();
        QCOMPARE(j.value(QLatin1StringView("IsSigned")).toBool(), true);
        QCOMPARE(j.value(QLatin1StringView("SignatureCheck")).toBool(), false);
        QVERIFY(!j.value(QLatin1StringView("Measurements")).toObject().contains(QLatin1StringView("PCR8")));
    }

    void cancelled()
    {
        auto reader = EifReader::open(QStringLiteral(TEST_DATA_DIR "/eif/unsigned_v4.eif"));
        QVERIFY(reader);
        PcrCalculator calc(*reader);
        calc.cancel();
        auto d = EifDescription::describe(*reader, calc);
        QVERIFY(!d);
        QCOMPARE(d.error().code, Error::Code::Cancelled);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestEifDescription)
#include "tst_eifdescription.moc"
