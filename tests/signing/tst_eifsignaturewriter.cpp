#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "crypto/digest.h"
#include "eif/eifreader.h"
#include "eif/eiftestsupport.h"
#include "eif/pcrcalculator.h"
#include "signing/eifsignaturewriter.h"

using namespace enclave;
using namespace enclave::test;

class TestEifSignatureWriter final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    // Adding then replacing a signature section keeps tables, CRC and PCR0..2 right; unlike
    // image-format's re-sign the size entry is updated.
    void signatureSection()
    {
        const QString unsignedPath = writeFile(m_dir, QStringLiteral("u.eif"),
            buildEif({ { 1, "K" }, { 2, "C" }, { 5, "{}" }, { 3, "R0" }, { 3, "R1" } }));
        const QString signedPath = m_dir.filePath(QStringLiteral("s.eif"));
        QVERIFY(EifSignatureWriter::write(unsignedPath, signedPath, QByteArray(100, 's')));
        auto r = EifReader::open(signedPath);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
        QVERIFY(r->warnings().isEmpty());
        QCOMPARE(r->header().numSections(), 6);
        QCOMPARE(r->sections().last().type(), EifSectionType::Signature);
        QCOMPARE(r->sections().last().size(), qint64(100));
        auto m = PcrCalculator(*r).compute();
        QVERIFY(m);
        QVERIFY(m->crcMatches());
        QCOMPARE(m->pcr0, pcr::ofData("KCR0R1"));

        // Replace in place with a shorter section.
        QVERIFY(EifSignatureWriter::write(signedPath, signedPath, QByteArray(40, 't')));
        r = EifReader::open(signedPath);
        QVERIFY(r);
        QVERIFY(r->warnings().isEmpty());
        QCOMPARE(r->header().numSections(), 6);
        QCOMPARE(*r->readSignatureBytes(), QByteArray(40, 't'));
        QCOMPARE(r->fileSize(), r->sectionsEnd());
        m = PcrCalculator(*r).compute();
        QVERIFY(m->crcMatches());
        QCOMPARE(m->pcr0, pcr::ofData("KCR0R1"));
        // The unsigned input is untouched.
        QCOMPARE(EifReader::open(unsignedPath)->header().numSections(), 5);

        auto tooBig = EifSignatureWriter::write(signedPath, signedPath, QByteArray(40000, 'x'));
        QVERIFY(!tooBig);
        QCOMPARE(tooBig.error().code, Error::Code::LimitExceeded);
    }

    // A signature section that is not the last one is replaced where it is; the sections after it
    // move and the tables follow.
    void signatureNotLast()
    {
        const QString path = writeFile(m_dir, QStringLiteral("mid.eif"),
            buildEif({ { 1, "K" }, { 2, "C" }, { 4, "old signature" }, { 3, "R0" } }));
        auto written = EifSignatureWriter::write(path, path, QByteArray(7, 'n'));
        QVERIFY2(written, qPrintable(written ? QString() : written.error().toString()));
        QVERIFY(written->replaced);
        auto r = EifReader::open(path);
        QVERIFY(r);
        QCOMPARE(r->header().numSections(), 4);
        QCOMPARE(r->sections().at(2).type(), EifSectionType::Signature);
        QCOMPARE(*r->readSignatureBytes(), QByteArray(7, 'n'));
        QCOMPARE(r->fileSize(), written->outputSize);
        auto m = PcrCalculator(*r).compute();
        QVERIFY(m);
        QVERIFY(m->crcMatches());
        QCOMPARE(m->storedCrc, written->crc);
        QCOMPARE(m->pcr0, pcr::ofData("KCR0"));
        QCOMPARE(written->pcr0, m->pcr0);
    }

    // Two signature sections: refused, and the output is not created.
    void twoSignatures()
    {
        const QString in = writeFile(m_dir, QStringLiteral("two.eif"),
            buildEif({ { 1, "K" }, { 2, "C" }, { 3, "R" }, { 4, "a" }, { 4, "b" } }));
        const QString out = m_dir.filePath(QStringLiteral("two-out.eif"));
        auto written = EifSignatureWriter::write(in, out, QByteArray(3, 's'));
        QVERIFY(!written);
        QCOMPARE(written.error().code, Error::Code::Malformed);
        QVERIFY(!QFile::exists(out));
    }

    // A failing check leaves the output as it was.
    void checkFails()
    {
        const QString path
            = writeFile(m_dir, QStringLiteral("keep.eif"), buildEif({ { 1, "K" }, { 2, "C" }, { 3, "R" } }));
        const QByteArray before = readFile(path);
        auto reader = EifReader::open(path);
        QVERIFY(reader);
        auto written = EifSignatureWriter::write(*reader, path, path, QByteArray(5, 's'), {},
            [](const QString &, const EifSignatureWrite &) -> Result<void> {
                return makeError(Error::Code::Crypto, QStringLiteral("refused by the check"));
            });
        QVERIFY(!written);
        QCOMPARE(written.error().message, QStringLiteral("refused by the check"));
        QCOMPARE(readFile(path), before);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestEifSignatureWriter)
#include "tst_eifsignaturewriter.moc"
