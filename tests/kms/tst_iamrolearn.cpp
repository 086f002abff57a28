#include <QStandardPaths>
#include <QTest>

#include "kms/iamrolearn.h"

using namespace enclave;
using namespace Qt::StringLiterals;

class TestIamRoleArn final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("account");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("root");
        QTest::newRow("plain") << u"arn:aws:iam::123456789012:role/EnclaveParent"_s << true
                               << u"123456789012"_s << u"EnclaveParent"_s
                               << u"arn:aws:iam::123456789012:root"_s;
        QTest::newRow("path") << u"arn:aws:iam::123456789012:role/service/app/Parent+=,.@-_"_s << true
                              << u"123456789012"_s << u"Parent+=,.@-_"_s
                              << u"arn:aws:iam::123456789012:root"_s;
        QTest::newRow("china") << u"arn:aws-cn:iam::210987654321:role/r"_s << true << u"210987654321"_s
                               << u"r"_s << u"arn:aws-cn:iam::210987654321:root"_s;
        QTest::newRow("govcloud") << u"arn:aws-us-gov:iam::111122223333:role/r"_s << true << u"111122223333"_s
                                  << u"r"_s << u"arn:aws-us-gov:iam::111122223333:root"_s;
        QTest::newRow("11-digit account")
            << u"arn:aws:iam::12345678901:role/r"_s << false << QString() << QString() << QString();
        QTest::newRow("user") << u"arn:aws:iam::123456789012:user/alice"_s << false << QString() << QString()
                              << QString();
        QTest::newRow("assumed-role") << u"arn:aws:sts::123456789012:assumed-role/r/i-0abc"_s << false
                                      << QString() << QString() << QString();
        QTest::newRow("root") << u"arn:aws:iam::123456789012:root"_s << false << QString() << QString()
                              << QString();
        QTest::newRow("bad partition")
            << u"arn:azure:iam::123456789012:role/r"_s << false << QString() << QString() << QString();
        QTest::newRow("region set") << u"arn:aws:iam:us-east-1:123456789012:role/r"_s << false << QString()
                                    << QString() << QString();
        QTest::newRow("name too long") << (u"arn:aws:iam::123456789012:role/"_s + QString(65, u'a')) << false
                                       << QString() << QString() << QString();
        QTest::newRow("space in name")
            << u"arn:aws:iam::123456789012:role/a b"_s << false << QString() << QString() << QString();
        QTest::newRow("trailing space")
            << u"arn:aws:iam::123456789012:role/r "_s << false << QString() << QString() << QString();
        QTest::newRow("empty") << QString() << false << QString() << QString() << QString();
        QTest::newRow("wildcard") << u"*"_s << false << QString() << QString() << QString();
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(QString, account);
        QFETCH(QString, name);
        QFETCH(QString, root);
        const auto arn = IamRoleArn::parse(text);
        QCOMPARE(arn.has_value(), ok);
        if (!ok) {
            QVERIFY(!arn.error().message.isEmpty());
            QCOMPARE(arn.error().code, Error::Code::Usage);
            return;
        }
        QCOMPARE(arn->accountId(), account);
        QCOMPARE(arn->roleName(), name);
        QCOMPARE(arn->accountRootArn(), root);
        QCOMPARE(arn->toString(), text);
    }
};

QTEST_GUILESS_MAIN(TestIamRoleArn)
#include "tst_iamrolearn.moc"
