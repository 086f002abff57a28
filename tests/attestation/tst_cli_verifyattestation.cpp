#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "attestation/attestationfixtures.h"
#include "attestation/attestationtestkit.h"

using namespace enclave::testkit;
using namespace Qt::StringLiterals;

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

Run tool(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(ENCLAVE_TOOL_PATH), QStringList { u"verify-attestation"_s } + args);
    if (!p.waitForFinished(30000)) {
        p.kill();
        p.waitForFinished();
    }
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
        p.readAllStandardError() };
}

QString fixture(const QString &name)
{
    return attestationDir() + u'/' + name;
}

// stderr holds exactly one line "enclave-tool: FILE: offset N: ..." mentioning `what`.
bool oneLineError(const Run &r, const QString &file, const QString &what)
{
    const QString err = QString::fromUtf8(r.err);
    if (err.count(u'\n') != 1 || !err.endsWith(u'\n'))
        return false;
    const QRegularExpression re(
        u"^enclave-tool: "_s + QRegularExpression::escape(file) + u": offset \\d+: .+$"_s);
    return re.match(err.trimmed()).hasMatch() && err.contains(what);
}

} // namespace

class TestCliVerifyAttestation final : public QObject {
    Q_OBJECT

    QJsonObject m_expected;
    QTemporaryDir m_tmp;

    QString writeTemp(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_tmp.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(bytes);
        return path;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_tmp.isValid());
        m_expected = expectedValues();
    }

    void realDocument_data()
    {
        QTest::addColumn<QString>("file");
        for (const QString &f : realDocuments())
            QTest::newRow(qPrintable(f)) << f;
    }
    void realDocument()
    {
        QFETCH(QString, file);
        const QJsonObject e = m_expected.value(file).toObject();
        const Run r = tool({ u"--doc"_s, fixture(file), u"--time"_s, u"doc"_s });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.err.isEmpty());
        const QJsonObject o = r.json();
        QCOMPARE(o[u"valid"_s].toBool(), true);
        const QJsonObject doc = o[u"document"_s].toObject();
        QCOMPARE(doc[u"pcrs"_s].toObject(), e[u"pcrs"_s].toObject());
        QCOMPARE(doc[u"module_id"_s].toString(), e[u"module_id"_s].toString());
        QCOMPARE(doc[u"timestamp_ms"_s].toInteger(), e[u"timestamp_ms"_s].toInteger());
        QCOMPARE(doc[u"timestamp"_s].toString(), e[u"timestamp_utc"_s].toString());
        QCOMPARE(doc[u"debug_mode"_s].toBool(), e[u"debug_mode"_s].toBool());
        QCOMPARE(doc[u"nonce"_s], e[u"nonce"_s]);
        QCOMPARE(doc[u"user_data"_s], e[u"user_data"_s]);
        QCOMPARE(doc[u"public_key"_s], e[u"public_key"_s]);
        QCOMPARE(doc[u"cabundle"_s].toArray().size(), 4);
        QCOMPARE(doc[u"cabundle"_s].toArray().first().toObject()[u"sha256"_s].toString(),
            u"641a0321a3e244efe456463195d606317ed7cdcc3c1756e09893f3c68f79bb5b"_s);
        const QJsonObject leaf = doc[u"certificate"_s].toObject();
        QVERIFY(leaf[u"subject"_s].toString().contains(u".aws"_s));
        QVERIFY(leaf[u"not_after"_s].toString().endsWith(u'Z'));
        const QJsonObject v = o[u"verification"_s].toObject();
        QCOMPARE(v[u"time_mode"_s].toString(), u"doc"_s);
        QCOMPARE(v[u"verdict"_s].toString(), u"valid"_s);
        QVERIFY(v[u"checks"_s].toArray().size() >= 12);

        // Now: expired, exit 1, one line naming the file, an offset and the reason.
        const Run now = tool({ u"--doc"_s, fixture(file) });
        QCOMPARE(now.exitCode, 1);
        QVERIFY2(oneLineError(now, fixture(file), u"expired"_s), now.err.constData());
        QCOMPARE(now.json()[u"verification"_s].toObject()[u"time_mode"_s].toString(), u"now"_s);
        QCOMPARE(now.json()[u"valid"_s].toBool(true), false);
    }

    void negatives_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("what");
        QTest::newRow("alg -36") << u"sparsity2-alg-es512-INVALID.cbor"_s << u"offset 1: protected header"_s;
        QTest::newRow("trailing byte") << u"sparsity2-trailing-byte-INVALID.cbor"_s << u"offset 4766: "_s;
        QTest::newRow("bad signature") << u"sparsity2-badsig-INVALID.cbor"_s << u"signature"_s;
        QTest::newRow("tampered PCR0") << u"sparsity2-tampered-pcr0-INVALID.cbor"_s << u"signature"_s;
        QTest::newRow("missing 3 bytes")
            << u"base-nitrovalidator-as-published-missing-3-bytes-INVALID.cbor"_s << u"offset"_s;
    }
    void negatives()
    {
        QFETCH(QString, file);
        QFETCH(QString, what);
        const Run r = tool({ u"--doc"_s, fixture(file), u"--time"_s, u"doc"_s });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(oneLineError(r, fixture(file), what), r.err.constData());
    }

    void tagged18()
    {
        const Run r
            = tool({ u"--doc"_s, fixture(u"sparsity2-tagged18-VALID.cbor"_s), u"--time"_s, u"doc"_s });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json()[u"document"_s].toObject()[u"tagged"_s].toBool(), true);
    }

    void encodings_data()
    {
        QTest::addColumn<QString>("encoding");
        QTest::newRow("hex") << u"hex"_s;
        QTest::newRow("base64") << u"base64"_s;
    }
    void encodings()
    {
        QFETCH(QString, encoding);
        const QByteArray raw = readAttestationFile(u"evervault-certsan-prod-2023-01-18.cbor"_s);
        const QString path
            = writeTemp(u"doc."_s + encoding, (encoding == u"hex" ? raw.toHex() : raw.toBase64()) + "\n");
        const Run r = tool({ u"--doc"_s, path, u"--time"_s, u"doc"_s });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json()[u"input_encoding"_s].toString(), encoding);

        // Errors in text input still name an offset (in the decoded bytes).
        QByteArray broken = raw;
        broken.chop(1);
        const QString bad
            = writeTemp(u"broken."_s + encoding, encoding == u"hex" ? broken.toHex() : broken.toBase64());
        const Run b = tool({ u"--doc"_s, bad });
        QCOMPARE(b.exitCode, 1);
        QVERIFY2(oneLineError(b, bad, encoding + u"-decoded"_s), b.err.constData());
    }

    void expectations_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        const QString pcr0
            = u"d265a83f5a8a9adbb9fabb3a4ea4f6fe7e6a0dd01fe1432e44ae1ca3fbf419af8a9b1a5b17eb8f1ae1c7b6c1e2b2b92f"_s;
        const QJsonObject e = expectedValues().value(u"evervault-certsan-prod-2023-01-18.cbor"_s).toObject();
        const QString real0 = e[u"pcrs"_s].toObject()[u"0"_s].toString();
        const QString real8 = e[u"pcrs"_s].toObject()[u"8"_s].toString();
        const QString nonce = e[u"nonce"_s].toString();
        const QString userData = e[u"user_data"_s].toString();
        QTest::newRow("right PCR0+8") << QStringList { u"--expect-pcr"_s, u"0="_s + real0, u"--expect-pcr"_s,
            u"8="_s + real8.toUpper() }
                                      << 0;
        QTest::newRow("wrong PCR0") << QStringList { u"--expect-pcr"_s, u"0="_s + pcr0 } << 1;
        QTest::newRow("absent PCR20") << QStringList { u"--expect-pcr"_s, u"20="_s + real0 } << 1;
        QTest::newRow("right nonce") << QStringList { u"--nonce"_s, nonce } << 0;
        QTest::newRow("wrong nonce") << QStringList { u"--nonce"_s, u"00"_s } << 1;
        QTest::newRow("right user_data") << QStringList { u"--user-data"_s, userData } << 0;
        QTest::newRow("wrong user_data") << QStringList { u"--user-data"_s, userData.left(10) } << 1;
        QTest::newRow("max-age at doc time") << QStringList { u"--max-age"_s, u"0"_s } << 0;
        QTest::newRow("reject debug on prod doc") << QStringList { u"--reject-debug"_s } << 0;
    }
    void expectations()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        const QString path = fixture(u"evervault-certsan-prod-2023-01-18.cbor"_s);
        const Run r = tool(QStringList { u"--doc"_s, path, u"--time"_s, u"doc"_s } + args);
        QVERIFY2(r.exitCode == exitCode, r.err.constData());
        if (exitCode == 1)
            QVERIFY2(oneLineError(r, path, u"invalid"_s), r.err.constData());
    }

    void explicitTime_data()
    {
        QTest::addColumn<QString>("time");
        QTest::addColumn<int>("exitCode");
        // Document timestamp 2023-01-18T13:07:19.280Z; leaf valid 3 h.
        QTest::newRow("+1 h, Z") << u"2023-01-18T14:07:19Z"_s << 0;
        QTest::newRow("+1 h, offset") << u"2023-01-18T15:07:19+01:00"_s << 0;
        QTest::newRow("with ms") << u"2023-01-18T13:10:00.500Z"_s << 0;
        QTest::newRow("+5 h") << u"2023-01-18T18:07:19Z"_s << 1;
        QTest::newRow("day before") << u"2023-01-17T13:07:19Z"_s << 1;
    }
    void explicitTime()
    {
        QFETCH(QString, time);
        QFETCH(int, exitCode);
        const Run r
            = tool({ u"--doc"_s, fixture(u"evervault-certsan-prod-2023-01-18.cbor"_s), u"--time"_s, time });
        QVERIFY2(r.exitCode == exitCode, r.err.constData());
        QCOMPARE(r.json()[u"verification"_s].toObject()[u"time_mode"_s].toString(), u"explicit"_s);
    }

    // --root: our own CA signs a document; only that root accepts it.
    void ownRoot()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const Pki pki = Pki::make(now);
        const DocSpec spec = DocSpec::standard(pki, quint64(now.toMSecsSinceEpoch()));
        const QString doc = writeTemp(u"own.cbor"_s, signDocument(spec.payload(), pki.leafKey));
        const QString root = writeTemp(u"own-root.pem"_s, pki.rootPem());
        const Run mine = tool({ u"--doc"_s, doc, u"--root"_s, root });
        QVERIFY2(mine.exitCode == 0, mine.err.constData());
        QCOMPARE(
            mine.json()[u"verification"_s].toObject()[u"root"_s].toObject()[u"built_in"_s].toBool(), false);
        const Run aws = tool({ u"--doc"_s, doc });
        QCOMPARE(aws.exitCode, 1);
        QVERIFY2(oneLineError(aws, doc, u"root"_s), aws.err.constData());
        const Run real = tool({ u"--doc"_s, fixture(u"uid2core-debug-2021-04-26.cbor"_s), u"--root"_s, root,
            u"--time"_s, u"doc"_s });
        QCOMPARE(real.exitCode, 1);
    }

    void usage_data()
    {
        QTest::addColumn<QStringList>("args");
        const QString doc = fixture(u"uid2core-debug-2021-04-26.cbor"_s);
        QTest::newRow("nothing") << QStringList {};
        QTest::newRow("no --doc") << QStringList { u"--time"_s, u"doc"_s };
        QTest::newRow("unknown option") << QStringList { u"--doc"_s, doc, u"--frobnicate"_s };
        QTest::newRow("positional") << QStringList { doc };
        QTest::newRow("bad time") << QStringList { u"--doc"_s, doc, u"--time"_s, u"yesterday"_s };
        QTest::newRow("time without zone")
            << QStringList { u"--doc"_s, doc, u"--time"_s, u"2023-01-18T14:07:19"_s };
        QTest::newRow("pcr index 32")
            << QStringList { u"--doc"_s, doc, u"--expect-pcr"_s, u"32="_s + QString(96, u'0') };
        QTest::newRow("pcr no =") << QStringList { u"--doc"_s, doc, u"--expect-pcr"_s, u"0"_s };
        QTest::newRow("pcr bad hex") << QStringList { u"--doc"_s, doc, u"--expect-pcr"_s, u"0=zz"_s };
        QTest::newRow("pcr 47 bytes")
            << QStringList { u"--doc"_s, doc, u"--expect-pcr"_s, u"0="_s + QString(94, u'0') };
        QTest::newRow("nonce not hex") << QStringList { u"--doc"_s, doc, u"--nonce"_s, u"hello"_s };
        QTest::newRow("max-age negative") << QStringList { u"--doc"_s, doc, u"--max-age"_s, u"-1"_s };
        QTest::newRow("max-age text") << QStringList { u"--doc"_s, doc, u"--max-age"_s, u"soon"_s };
        QTest::newRow("root missing")
            << QStringList { u"--doc"_s, doc, u"--root"_s, u"/nonexistent/root.pem"_s };
        QTest::newRow("root not PEM") << QStringList { u"--doc"_s, doc, u"--root"_s, doc };
        QTest::newRow("two docs") << QStringList { u"--doc"_s, doc, u"--doc"_s, doc };
    }
    void usage()
    {
        QFETCH(QStringList, args);
        const Run r = tool(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY(r.err.startsWith("enclave-tool: "));
    }

    void help()
    {
        const Run r = tool({ u"--help"_s });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("--expect-pcr"));
        QVERIFY(r.out.contains("--max-age"));
    }

    void unreadable_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("what");
        QTest::newRow("empty") << QByteArray() << u"empty"_s;
        QTest::newRow("text") << "hello, world!"_ba << u"not CBOR, hex or base64"_s;
        // Hex text missing its last digit: named as such, at the end of the file (it used to be
        // decoded as base64).
        QTest::newRow("odd hex") << "8444a1013"_ba << u"offset 9: odd number of hex digits"_s;
        QTest::newRow("cbor null") << "\xf6"_ba << u""_s;
        QTest::newRow("deep nesting") << QByteArray(100000, '\x81') << u""_s;
        QTest::newRow("too big") << QByteArray(200000, '\x84') << u"too large"_s;
    }
    void unreadable()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, what);
        const QString path = writeTemp(u"unreadable.bin"_s, content);
        const Run r = tool({ u"--doc"_s, path });
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(oneLineError(r, path, what), r.err.constData());
    }

    void missingFile()
    {
        const Run r = tool({ u"--doc"_s, u"/nonexistent/doc.cbor"_s });
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.startsWith("enclave-tool: /nonexistent/doc.cbor: cannot open"));
    }
};

QTEST_GUILESS_MAIN(TestCliVerifyAttestation)
#include "tst_cli_verifyattestation.moc"
