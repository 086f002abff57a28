#include <QJsonArray>
#include <QStandardPaths>
#include <QTest>

#include "posture/posturereport.h"

using namespace enclave;
using namespace Qt::StringLiterals;
using Status = PostureReport::Status;

class TestPostureReport final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void overall_data()
    {
        QTest::addColumn<QList<int>>("statuses");
        QTest::addColumn<int>("overall");
        QTest::newRow("all pass") << QList<int> { int(Status::Pass), int(Status::Info) } << int(Status::Pass);
        QTest::newRow("a warning") << QList<int> { int(Status::Pass), int(Status::Warn) }
                                   << int(Status::Warn);
        QTest::newRow("a failure wins")
            << QList<int> { int(Status::Warn), int(Status::Fail), int(Status::Pass) } << int(Status::Fail);
        QTest::newRow("nothing") << QList<int> {} << int(Status::Pass);
    }
    void overall()
    {
        QFETCH(QList<int>, statuses);
        QFETCH(int, overall);
        PostureReport r;
        for (int s : statuses)
            r.checks.append({ u"x"_s, Status(s), u"t"_s, u"d"_s });
        QCOMPARE(int(r.overall()), overall);
        QCOMPARE(r.toJson().value(u"Overall").toString(), PostureReport::statusName(Status(overall)));
    }

    void markdown()
    {
        PostureReport r;
        r.eifPath = u"/images/app.eif"_s;
        r.eifVersion = 4;
        r.isSigned = true;
        r.signatureAlgorithm = u"ES384"_s;
        r.policyPath = u"policy.json"_s;
        r.checks.append({ u"nonce"_s, Status::Warn, u"Nonce"_s, u"no nonce | replay"_s });
        PostureReport::PcrRow row;
        row.index = 0;
        row.meaning = u"enclave image"_s;
        row.eifValue = QByteArray(48, '\xab');
        row.boundInPolicy = true;
        row.policyMatchesEif = true;
        row.policyValues = { QString(96, u'a') };
        r.pcrs.append(row);
        PostureReport::PcrRow row8;
        row8.index = 8;
        row8.meaning = u"signing certificate"_s;
        r.pcrs.append(row8);
        r.conditions.append({ u"statement 1 (A)"_s, u"Allow"_s, u"StringEqualsIgnoreCase"_s,
            u"kms:RecipientAttestation:ImageSha384"_s, { QString(96, u'a') } });
        const QString md = r.toMarkdown();
        QVERIFY(md.startsWith(u"# Security posture: app.eif\n"));
        QVERIFY(md.contains(u"Overall: **WARN** (0 fail, 1 warn, 0 pass)"));
        QVERIFY(md.contains(u"| **WARN** | Nonce | no nonce \\| replay |")); // '|' escaped inside a cell
        QVERIFY(md.contains(u"| PCR0 | enclave image | `" + QString(96 / 2, u'a').replace(u"a"_s, u"ab"_s)
            + u"` | yes, matches the image |"));
        QVERIFY(md.contains(u"| PCR8 | signing certificate | n/a | no |"));
        QVERIFY(md.contains(u"## KMS policy conditions"));
        QVERIFY(md.contains(u"The image is unsigned.") == false);
        QVERIFY(md.contains(u"The signature section holds no readable certificate."));
        // Every table row has the same number of cells as its header.
        for (const QString &line : md.split(u'\n')) {
            if (line.startsWith(u"| PCR"))
                QCOMPARE(QString(line).remove(u"\\|"_s).count(u'|'), 5);
        }
    }

    // A standalone document: own style sheet, coloured badges, no empty header cells; file names
    // instead of paths and the generator's name when asked.
    void html()
    {
        PostureReport r;
        r.eifPath = u"/images/app.eif"_s;
        r.attestationPath = u"/home/someone/doc.cbor"_s;
        r.generatedAt = u"2026-01-02T03:04:05Z"_s;
        r.checks.append({ u"nonce"_s, Status::Warn, u"Nonce"_s, u"no <nonce> & replay"_s });
        r.checks.append({ u"crc"_s, Status::Pass, u"CRC"_s, u"ok"_s });
        r.checks.append({ u"debug"_s, Status::Fail, u"Debug"_s, u"zeros"_s });
        PostureReport::PcrRow row;
        row.index = 0;
        row.meaning = u"enclave image"_s;
        row.eifValue = QByteArray(48, '\xab');
        r.pcrs.append(row);
        PostureReport::RenderOptions options;
        options.generator = u"Enclave Studio"_s;
        options.fullPaths = false;
        const QString html = r.toHtml(options);
        QVERIFY(html.startsWith(u"<!DOCTYPE html>"_s));
        QVERIFY(html.contains(u"<style>"_s));
        QVERIFY(html.contains(u"border-collapse: collapse"_s));
        QVERIFY(html.contains(u"class=\"badge warn\""_s));
        QVERIFY(html.contains(u"class=\"badge pass\""_s));
        QVERIFY(html.contains(u"class=\"badge fail\""_s));
        QVERIFY(html.contains(u"no &lt;nonce&gt; &amp; replay"_s));
        QVERIFY(!html.contains(u"<th></th>"_s));
        QVERIFY(html.contains(u"Generated 2026-01-02T03:04:05Z by Enclave Studio."_s));
        QVERIFY(!html.contains(u"enclave-tool"_s));
        QVERIFY(html.contains(u"<code>app.eif</code>"_s));
        QVERIFY(html.contains(u"<code>doc.cbor</code>"_s));
        QVERIFY(!html.contains(u"/images/"_s) && !html.contains(u"/home/someone"_s));
        QVERIFY(html.contains(u"<code>"_s + QString(96 / 2, u'a').replace(u"a"_s, u"ab"_s) + u"</code>"_s));
        // The CLI's defaults: full paths, named as enclave-tool.
        const QString cli = r.toMarkdown();
        QVERIFY(cli.contains(u"`/images/app.eif`"_s));
        QVERIFY(cli.contains(u"by enclave-tool assess."_s));
        const QString gui = r.toMarkdown(options);
        QVERIFY(gui.contains(u"`app.eif`"_s) && !gui.contains(u"/images/"_s));
        QVERIFY(gui.contains(u"by Enclave Studio."_s));
        // No table with an empty header row (key/value data is a list).
        QVERIFY(!gui.contains(u"| | |"_s));
    }

    void json()
    {
        PostureReport r;
        r.eifPath = u"a.eif"_s;
        r.hasCertificate = true;
        r.certSubject = u"CN=x"_s;
        r.certPcr8 = QByteArray(48, '\x01');
        r.checks.append({ u"crc"_s, Status::Fail, u"EIF CRC"_s, u"bad"_s });
        const QJsonObject o = r.toJson();
        QCOMPARE(o.value(u"Overall").toString(), u"FAIL"_s);
        QCOMPARE(o.value(u"Checks").toArray().at(0).toObject().value(u"Id").toString(), u"crc"_s);
        QCOMPARE(o.value(u"SigningCertificate").toObject().value(u"PCR8").toString(),
            QString(96 / 2, u'0').replace(u"0"_s, u"01"_s));
        QVERIFY(o.value(u"Policy").isNull());
    }
};

QTEST_GUILESS_MAIN(TestPostureReport)
#include "tst_posturereport.moc"
