#include <QSet>
#include <QStandardPaths>
#include <QTest>

#include "remote/connectionerrorhint.h"
#include "remote/nitroerrorhints.h"

using namespace enclave::ui;
using namespace Qt::StringLiterals;

class TestNitroErrorHints final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void everyCodeHasAHint();
    void tableRows_data();
    void tableRows();
    void codes_data();
    void codes();
    void codeInText();
    void explain();
    void sshFailures_data();
    void sshFailures();
};

void TestNitroErrorHints::everyCodeHasAHint()
{
    for (int n = 0; n <= NitroErrorHints::LastCode; ++n) {
        const auto h = NitroErrorHints::hint(u"E%1"_s.arg(n, 2, 10, QLatin1Char('0')));
        QVERIFY2(h.isValid(), qPrintable(QString::number(n)));
        QVERIFY(!h.title.isEmpty());
        QVERIFY2(!h.action.isEmpty(), qPrintable(h.code));
    }
    QVERIFY(!NitroErrorHints::hint(u"E61"_s).isValid());
    QVERIFY(!NitroErrorHints::hint(u"X26"_s).isValid());
    QVERIFY(!NitroErrorHints::hint(QString()).isValid());
}

// The table: one distinct title per code; internal nitro-cli failures share the "report it"
// advice, the others have their own.
void TestNitroErrorHints::tableRows_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("title");
    QTest::addColumn<bool>("internal");
    QTest::newRow("E00") << u"E00"_s << u"Unspecified error"_s << true;
    QTest::newRow("E04") << u"E04"_s << u"Socket pair creation failure"_s << true;
    QTest::newRow("E57") << u"E57"_s << u"Hasher error"_s << true;
    QTest::newRow("E15") << u"E15"_s << u"Lock acquire failure"_s << false;
    QTest::newRow("E60 last") << u"E60"_s << u"EIF signing error"_s << false;
}

void TestNitroErrorHints::tableRows()
{
    QFETCH(QString, code);
    QFETCH(QString, title);
    QFETCH(bool, internal);
    const auto h = NitroErrorHints::hint(code);
    QCOMPARE(h.code, code);
    QCOMPARE(h.title, title);
    QCOMPARE(h.action.contains(u"internal nitro-cli failure"_s), internal);

    QSet<QString> titles;
    for (int n = 0; n <= NitroErrorHints::LastCode; ++n)
        titles.insert(NitroErrorHints::hint(QString::number(n)).title);
    QCOMPARE(titles.size(), NitroErrorHints::LastCode + 1);
}

void TestNitroErrorHints::codes_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("normalised");
    QTest::addColumn<QString>("actionMentions");
    QTest::newRow("E26") << u"E26"_s << u"E26"_s << u"4 times the EIF file size"_s;
    QTest::newRow("e27 lower case") << u"e27"_s << u"E27"_s << u"memory_mib"_s;
    QTest::newRow("22 bare number") << u"22"_s << u"E22"_s << u"cpu_count"_s;
    QTest::newRow("E44 debug") << u"E44"_s << u"E44"_s << u"debug mode"_s;
    QTest::newRow("E11 gone") << u"E11"_s << u"E11"_s << u"exited"_s;
    QTest::newRow("E19 device") << u"E19"_s << u"E19"_s << u"/dev/nitro_enclaves"_s;
    QTest::newRow("E29 even CPUs") << u"E29"_s << u"E29"_s << u"even CPU count"_s;
    QTest::newRow("E36 heartbeat") << u"E36"_s << u"E36"_s << u"heartbeat"_s;
    QTest::newRow("E03 CID") << u"E3"_s << u"E03"_s << u"reserved"_s;
}

void TestNitroErrorHints::codes()
{
    QFETCH(QString, code);
    QFETCH(QString, normalised);
    QFETCH(QString, actionMentions);
    const auto h = NitroErrorHints::hint(code);
    QCOMPARE(h.code, normalised);
    QVERIFY2(h.action.contains(actionMentions) || h.title.contains(actionMentions), qPrintable(h.action));
}

void TestNitroErrorHints::codeInText()
{
    QCOMPARE(NitroErrorHints::codeIn(u"[ E26 ] Insufficient memory requested."_s), u"E26"_s);
    QCOMPARE(NitroErrorHints::codeIn(u"Failed connections: 1\n[ E36 ] Enclave boot failure.\n[ E39 ] x"_s),
        u"E36"_s);
    QCOMPARE(NitroErrorHints::codeIn(u"no code here E26"_s), QString());
}

void TestNitroErrorHints::explain()
{
    const auto e = enclave::agent::RpcError::nitro(u"E26"_s,
        u"Insufficient memory requested. User provided `memory` is 10 MB"_s,
        u"/var/log/nitro_enclaves/err.log"_s);
    const QString text = NitroErrorHints::explain(e);
    QVERIFY(text.startsWith(u"[ E26 ] Insufficient memory requested."_s));
    QVERIFY(text.contains(u"What to do:"_s));
    QVERIFY(text.contains(u"/var/log/nitro_enclaves/err.log"_s));
    // A code only inside the message is found too.
    const auto e2 = enclave::agent::RpcError::make(
        enclave::agent::RpcError::InternalError, u"[ E44 ] Console connection failure"_s);
    QVERIFY(NitroErrorHints::explain(e2).contains(u"debug mode"_s));
    // A plain error stays as it is.
    const auto e3 = enclave::agent::RpcError::make(
        enclave::agent::RpcError::InvalidParams, u"cpuCount must be a number"_s);
    QCOMPARE(NitroErrorHints::explain(e3), u"cpuCount must be a number"_s);
}

void TestNitroErrorHints::sshFailures_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("kind");
    using K = ConnectionErrorHint::Kind;
    QTest::newRow("unknown key") << u"Host key verification failed."_s << int(K::HostKeyUnknown);
    QTest::newRow("no key known")
        << u"No ED25519 host key is known for [127.0.0.1]:2222 and you have requested strict checking."_s
        << int(K::HostKeyUnknown);
    QTest::newRow("changed") << u"@    WARNING: REMOTE HOST IDENTIFICATION HAS CHANGED!     @"_s
                             << int(K::HostKeyChanged);
    QTest::newRow("auth") << u"user@host: Permission denied (publickey)."_s << int(K::AuthenticationFailed);
    QTest::newRow("dns") << u"ssh: Could not resolve hostname nowhere: Name or service not known"_s
                         << int(K::HostUnreachable);
    QTest::newRow("refused") << u"ssh: connect to host 127.0.0.1 port 1: Connection refused"_s
                             << int(K::HostUnreachable);
    QTest::newRow("no agent") << u"bash: line 1: enclave-agent: command not found"_s << int(K::AgentMissing);
    QTest::newRow("empty") << QString() << int(K::None);
}

void TestNitroErrorHints::sshFailures()
{
    QFETCH(QString, message);
    QFETCH(int, kind);
    QCOMPARE(int(ConnectionErrorHint::classify(message)), kind);
    const QString text = ConnectionErrorHint::explain(message, u"bastion"_s);
    if (kind == int(ConnectionErrorHint::Kind::HostKeyUnknown)
        || kind == int(ConnectionErrorHint::Kind::HostKeyChanged))
        QVERIFY(text.contains(u"fingerprint"_s) && text.contains(u"bastion"_s));
    if (kind == int(ConnectionErrorHint::Kind::None))
        QVERIFY(text.isEmpty());
}

QTEST_MAIN(TestNitroErrorHints)
#include "tst_nitroerrorhints.moc"
