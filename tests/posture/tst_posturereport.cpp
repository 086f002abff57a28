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
