// Units of the static agent's own core (app/enclave-agent/agentd): SHA-384 against the FIPS 180-4
// example vectors, base64, request validation, line framing, nitro-cli output parsing, the
// on-disk console ring, the console banner filter and the command line. Plain C++ units,
// driven by Qt Test tables.

#include <QTemporaryDir>
#include <QTest>

#include "agentd/base64.h"
#include "agentd/consolecapture.h"
#include "agentd/consolefeed.h"
#include "agentd/consolelog.h"
#include "agentd/enclavestore.h"
#include "agentd/eventloop.h"
#include "agentd/linebuffer.h"
#include "agentd/nitroclibackend.h"
#include "agentd/nitrocliparse.h"
#include "agentd/options.h"
#include "agentd/rpc.h"
#include "agentd/sha384.h"
#include "agentd/validate.h"

using namespace agentd;

namespace {
std::string str(const QByteArray &b)
{
    return std::string(b.constData(), std::size_t(b.size()));
}

// nitro-cli whose every call is answered when the test says so, in the test's order (through the
// backend's CommandRunner seam): interleavings that real processes produce only by chance.
class ScriptedNitroCli final : public CommandRunner {
public:
    struct Call {
        std::vector<std::string> argv;
        std::function<void(const ProcessResult &)> done;
    };
    std::vector<Call> *calls;
    explicit ScriptedNitroCli(std::vector<Call> *c)
        : calls(c)
    {
    }
    void run(const std::vector<std::string> &argv, const Environment &, int, std::int64_t,
        std::function<void(const ProcessResult &)> done) override
    {
        calls->push_back({ argv, std::move(done) });
    }
    pid_t startDetached(const std::vector<std::string> &, const Environment &) override { return -1; }
};

void answer(const ScriptedNitroCli::Call &call, const std::string &out)
{
    ProcessResult r;
    r.exitCode = 0;
    r.out = out;
    call.done(r);
}
} // namespace

class TestAgentCore final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sha384_data();
    void sha384();
    void sha384Split_data();
    void sha384Split();
    void base64RoundTrip_data();
    void base64RoundTrip();
    void base64Refused_data();
    void base64Refused();
    void enclaveId_data();
    void enclaveId();
    void imageName_data();
    void imageName();
    void handle_data();
    void handle();
    void lineBufferBoundBeforeNewline();
    void lineBufferSplitsLines();
    void firstError_data();
    void firstError();
    void jsonAfterBanner();
    void resultPrefersJsonOverExitStatus();
    void consoleRingCompactsAndReportsGap();
    void consoleReadBeyondEndRefused();
    void consoleClosedMarker();
    void consoleReopenKeepsSequence();
    void consoleReaderFollowsCompaction();
    void consoleDataLine_data();
    void consoleDataLine();
    void bannerFilter_data();
    void bannerFilter();
    void options_data();
    void options();
    void simulateShorthand();
    void listDuringLaunchKeepsTheNewEnclave();
    void pruneSparesRecentlyExited_data();
    void pruneSparesRecentlyExited();
};

void TestAgentCore::sha384_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QByteArray>("digest");
    // FIPS 180-4 / NIST CSRC example values.
    QTest::newRow("empty") << QByteArray()
                           << QByteArray("38b060a751ac96384cd9327eb1b1e36a21fdb71114be07434c0cc7bf63f6e1da274"
                                         "edebfe76f65fbd51ad2f14898b95b");
    QTest::newRow("abc") << QByteArray("abc")
                         << QByteArray("cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed80860"
                                       "72ba1e7cc2358baeca134c825a7");
    QTest::newRow("448 bits") << QByteArray("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                              << QByteArray("3391fdddfc8dc7393707a65b1b4709397cf8b1d162af05abfe8f450de5f36bc6"
                                            "b0455a8520bc4e6f5fe95b1fe3c8452b");
    QTest::newRow("896 bits") << QByteArray("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmno"
                                            "ijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu")
                              << QByteArray("09330c33f71147e83d192fc782cd1b4753111b173b3b05d22fa08086e3b0f712"
                                            "fcc7c71a557e2db966c3e9fa91746039");
    QTest::newRow("million a") << QByteArray(1000000, 'a')
                               << QByteArray("9d0e1809716474cb086e834e310a4a1ced149e9c00f248527972cec5704c2a5"
                                             "b07b8b3dc38ecc4ebae97ddd87f3d8985");
}

void TestAgentCore::sha384()
{
    QFETCH(QByteArray, message);
    QFETCH(QByteArray, digest);
    Sha384 h;
    h.update(str(message));
    QCOMPARE(QByteArray::fromStdString(Sha384::hex(h.finish())), digest);
}

void TestAgentCore::sha384Split_data()
{
    QTest::addColumn<int>("chunk");
    for (int c : { 1, 7, 111, 112, 127, 128, 129, 1000, 65536 })
        QTest::newRow(qPrintable(QString::number(c))) << c;
}

void TestAgentCore::sha384Split()
{
    // Any split of the input gives the digest of the whole (block boundaries and padding).
    QFETCH(int, chunk);
    QByteArray data;
    for (int i = 0; i < 70000; ++i)
        data.append(char(i * 31 + 7));
    Sha384 whole;
    whole.update(str(data));
    Sha384 parts;
    for (qsizetype off = 0; off < data.size(); off += chunk)
        parts.update(str(data.mid(off, chunk)));
    QCOMPARE(Sha384::hex(parts.finish()), Sha384::hex(whole.finish()));
}

void TestAgentCore::base64RoundTrip_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("one") << QByteArray("\xff", 1);
    QTest::newRow("two") << QByteArray("ab");
    QTest::newRow("three") << QByteArray("abc");
    QTest::newRow("binary") << QByteArray("\x00\x01\xfe\xff\x80\x7f", 6);
}

void TestAgentCore::base64RoundTrip()
{
    QFETCH(QByteArray, bytes);
    const std::string enc = base64::encode(str(bytes));
    QCOMPARE(QByteArray::fromStdString(enc), bytes.toBase64()); // the same text as Qt's encoder
    const auto dec = base64::decode(enc);
    QVERIFY(dec.has_value());
    QCOMPARE(QByteArray::fromStdString(*dec), bytes);
}

void TestAgentCore::base64Refused_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("bad char") << QByteArray("ab$d");
    QTest::newRow("space") << QByteArray("ab d");
    QTest::newRow("one leftover char") << QByteArray("abcde");
    QTest::newRow("padding inside") << QByteArray("ab=cabcd");
    QTest::newRow("non-zero tail bits") << QByteArray("ab==");
    QTest::newRow("three pads") << QByteArray("a===");
}

void TestAgentCore::base64Refused()
{
    QFETCH(QByteArray, text);
    QVERIFY(!base64::decode(str(text)).has_value());
}

void TestAgentCore::enclaveId_data()
{
    QTest::addColumn<QByteArray>("id");
    QTest::addColumn<bool>("valid");
    QTest::newRow("real") << QByteArray("i-06c28848702514cd5-enc1904e4fea1636f6") << true;
    QTest::newRow("off EC2") << QByteArray("i-0000000000000000-enc1") << true;
    QTest::newRow("upper hex") << QByteArray("i-06C28848702514CD5-enc1") << false;
    QTest::newRow("short instance") << QByteArray("i-06c2884870251-enc1") << false;
    QTest::newRow("no slot") << QByteArray("i-06c28848702514cd5-enc") << false;
    QTest::newRow("long slot") << QByteArray("i-06c28848702514cd5-enc11111111111111111") << false;
    QTest::newRow("trailing newline") << QByteArray("i-06c28848702514cd5-enc1\n") << false;
    QTest::newRow("path") << QByteArray("../i-06c28848702514cd5-enc1") << false;
    QTest::newRow("option") << QByteArray("--all") << false;
    QTest::newRow("empty") << QByteArray() << false;
}

void TestAgentCore::enclaveId()
{
    QFETCH(QByteArray, id);
    QFETCH(bool, valid);
    QCOMPARE(validate::isEnclaveId(str(id)), valid);
}

void TestAgentCore::imageName_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<bool>("valid");
    QTest::newRow("plain") << QByteArray("hello.eif") << true;
    QTest::newRow("dashes") << QByteArray("my_app-1.2.eif") << true;
    QTest::newRow("dot start") << QByteArray(".hidden.eif") << false;
    QTest::newRow("dotdot") << QByteArray("a..eif") << false;
    QTest::newRow("slash") << QByteArray("a/b.eif") << false;
    QTest::newRow("absolute") << QByteArray("/etc/passwd") << false;
    QTest::newRow("space") << QByteArray("a b.eif") << false;
    QTest::newRow("256 chars") << QByteArray(256, 'a') << false;
    QTest::newRow("255 chars") << QByteArray(255, 'a') << true;
    QTest::newRow("option") << QByteArray("-rf.eif") << false;
    QTest::newRow("dotdot alone") << QByteArray("..") << false;
}

void TestAgentCore::imageName()
{
    QFETCH(QByteArray, name);
    QFETCH(bool, valid);
    QCOMPARE(validate::isImageName(str(name)), valid);
}

void TestAgentCore::handle_data()
{
    QTest::addColumn<QByteArray>("handle");
    QTest::addColumn<bool>("valid");
    QTest::newRow("stream") << QByteArray("stream-1") << true;
    QTest::newRow("upload") << QByteArray("upload-4294967295") << true;
    QTest::newRow("no number") << QByteArray("stream-") << false;
    QTest::newRow("upper") << QByteArray("Stream-1") << false;
    QTest::newRow("11 digits") << QByteArray("stream-12345678901") << false;
    QTest::newRow("9 letters") << QByteArray("abcdefghi-1") << false;
}

void TestAgentCore::handle()
{
    QFETCH(QByteArray, handle);
    QFETCH(bool, valid);
    QCOMPARE(validate::isHandle(str(handle)), valid);
}

void TestAgentCore::lineBufferBoundBeforeNewline()
{
    LineBuffer lines(16);
    QVERIFY(lines.append("0123456789"));
    QVERIFY(!lines.append("0123456789")); // 20 bytes and still no newline: refused now
    QVERIFY(lines.overflowed());
}

void TestAgentCore::lineBufferSplitsLines()
{
    LineBuffer lines(16);
    QVERIFY(lines.append("ab\ncd"));
    QCOMPARE(lines.takeLine().value_or("?"), std::string("ab"));
    QVERIFY(!lines.takeLine());
    QVERIFY(lines.append("e\n\n"));
    QCOMPARE(lines.takeLine().value_or("?"), std::string("cde"));
    QCOMPARE(lines.takeLine().value_or("?"), std::string());
    QVERIFY(!lines.takeLine());
}

void TestAgentCore::firstError_data()
{
    QTest::addColumn<QByteArray>("stderrText");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("errorLog");
    QTest::newRow("E26 before E39") << QByteArray(
        "Start allocating memory...\n[ E26 ] Insufficient memory requested.\n\nIf you open a support ticket, "
        "please "
        "provide the error log found at \"/var/log/nitro_enclaves/err1.log\"\nFailed connections: 1\n[ E39 ] "
        "Enclave "
        "process connection failure.\n")
                                    << u"E26"_qs << u"Insufficient memory requested."_qs
                                    << u"/var/log/nitro_enclaves/err1.log"_qs;
    QTest::newRow("no log") << QByteArray("[ E11 ] Socket error.\n") << u"E11"_qs << u"Socket error."_qs
                            << QString();
    QTest::newRow("none") << QByteArray("error: Found argument '--x' which wasn't expected\n") << QString()
                          << QString() << QString();
    QTest::newRow("not at line start")
        << QByteArray("x [ E11 ] Socket error.\n") << QString() << QString() << QString();
}

void TestAgentCore::firstError()
{
    QFETCH(QByteArray, stderrText);
    QFETCH(QString, code);
    QFETCH(QString, message);
    QFETCH(QString, errorLog);
    const auto e = nitrocli::firstError(str(stderrText));
    QCOMPARE(e.has_value(), !code.isEmpty());
    if (!e)
        return;
    QCOMPARE(QString::fromStdString(e->nitroCode), code);
    QCOMPARE(QString::fromStdString(e->message), message);
    QCOMPARE(QString::fromStdString(e->errorLog), errorLog);
    QCOMPARE(e->code, wire::error::kNitroCliError);
}

void TestAgentCore::jsonAfterBanner()
{
    const auto j = nitrocli::findJson(
        "[ banner ] text\n{\n  \"EnclaveID\": \"i-0000000000000000-enc1\", \"s\": \"}{\"\n}\ntrailer");
    QVERIFY(j.has_value());
    QCOMPARE(QString::fromStdString(stringField(*j, "EnclaveID")), u"i-0000000000000000-enc1"_qs);
    QCOMPARE(QString::fromStdString(stringField(*j, "s")), u"}{"_qs);
    QVERIFY(!nitrocli::findJson("no json {here").has_value());
}

void TestAgentCore::resultPrefersJsonOverExitStatus()
{
    // describe-enclaves exits 39 when one enclave is unresponsive but still lists the others.
    ProcessResult p;
    p.exitCode = 39;
    p.out = "[{\"EnclaveID\": \"i-0000000000000000-enc1\"}]\n";
    p.err = "[ E39 ] Enclave process connection failure.\n";
    const auto r = nitrocli::result(p, "nitro-cli describe-enclaves");
    QVERIFY(r.has_value());
    QCOMPARE(r->size(), std::size_t(1));
    p.out.clear();
    p.exitCode = 2;
    p.err = "error: Found argument 'x'\n";
    const auto bad = nitrocli::result(p, "nitro-cli describe-enclaves");
    QVERIFY(!bad);
    QCOMPARE(bad.error().code, wire::error::kInternalError);
    QVERIFY(bad.error().message.find("status 2: error: Found argument") != std::string::npos);
}

void TestAgentCore::consoleRingCompactsAndReportsGap()
{
    QTemporaryDir dir;
    const std::string path = str(dir.filePath(u"c.log"_qs).toUtf8());
    auto log = ConsoleLog::open(path, 4096);
    QVERIFY(log.has_value());
    std::string all;
    for (int i = 0; i < 100; ++i) {
        const std::string line = "line " + std::to_string(i) + " " + std::string(40, 'x') + "\n";
        all += line;
        QVERIFY(log->append(line).has_value());
    }
    QCOMPARE(log->endSeq(), std::int64_t(all.size()));
    const auto chunk = ConsoleLog::read(path, 0, 1 << 20);
    QVERIFY(chunk.has_value());
    QVERIFY(chunk->firstSeq > 0); // compacted: the oldest bytes are gone
    QCOMPARE(chunk->gap, chunk->firstSeq); // and the reader is told how many
    QCOMPARE(chunk->seq, chunk->firstSeq);
    QCOMPARE(chunk->endSeq, std::int64_t(all.size()));
    QCOMPARE(chunk->data, all.substr(std::size_t(chunk->firstSeq))); // absolute sequence numbers kept
    QVERIFY(!chunk->closed);
}

void TestAgentCore::consoleReadBeyondEndRefused()
{
    QTemporaryDir dir;
    const std::string path = str(dir.filePath(u"c.log"_qs).toUtf8());
    auto log = ConsoleLog::open(path);
    QVERIFY(log->append("hello").has_value());
    const auto r = ConsoleLog::read(path, 6, 100);
    QVERIFY(!r);
    QCOMPARE(r.error().code, wire::error::kInvalidParams);
    const auto atEnd = ConsoleLog::read(path, 5, 100);
    QVERIFY(atEnd.has_value());
    QVERIFY(atEnd->data.empty());
}

void TestAgentCore::consoleClosedMarker()
{
    QTemporaryDir dir;
    const std::string path = str(dir.filePath(u"c.log"_qs).toUtf8());
    auto log = ConsoleLog::open(path);
    QVERIFY(log->append("abcdef").has_value());
    QVERIFY(log->close("terminated").has_value());
    const auto partial = ConsoleLog::read(path, 0, 3);
    QVERIFY(!partial->closed); // closed only once the reader reached the last byte
    const auto rest = ConsoleLog::read(path, 3, 100);
    QVERIFY(rest->closed);
    QCOMPARE(rest->closeReason, std::string("terminated"));
    QCOMPARE(rest->data, std::string("def"));
}

void TestAgentCore::consoleReopenKeepsSequence()
{
    QTemporaryDir dir;
    const std::string path = str(dir.filePath(u"c.log"_qs).toUtf8());
    {
        auto log = ConsoleLog::open(path, 4096);
        for (int i = 0; i < 100; ++i)
            QVERIFY(log->append(std::string(50, char('a' + i % 26))).has_value());
    }
    auto again = ConsoleLog::open(path, 4096); // a restarted capture continues the numbering
    QCOMPARE(again->endSeq(), std::int64_t(5000));
    QVERIFY(again->append("Z").has_value());
    const auto tail = ConsoleLog::read(path, 5000, 10);
    QCOMPARE(tail->data, std::string("Z"));
}

void TestAgentCore::consoleReaderFollowsCompaction()
{
    // One reader kept across appends and compactions (a new file renamed over the log): every
    // byte it returns is the byte with that sequence number, and what it skipped is reported
    // as a gap, never read from the stale file.
    QTemporaryDir dir;
    const std::string path = str(dir.filePath(u"c.log"_qs).toUtf8());
    auto log = ConsoleLog::open(path, 4096);
    QVERIFY(log.has_value());
    ConsoleReader reader(path);
    std::string all;
    std::int64_t received = 0;
    std::int64_t next = 0;
    std::int64_t gaps = 0;
    for (int i = 0; i < 400; ++i) {
        const std::string line = "line " + std::to_string(i) + " " + std::string(i % 70, 'y') + "\n";
        all += line;
        QVERIFY(log->append(line).has_value());
        if (i % 97 != 96 && i != 399)
            continue; // ~4 KiB between reads: the reader lags behind a compaction
        for (int guard = 0; guard < 100; ++guard) {
            const auto c = reader.read(next, 100);
            QVERIFY(c.has_value());
            QCOMPARE(c->seq, next + c->gap);
            QCOMPARE(c->data, all.substr(std::size_t(c->seq), c->data.size()));
            gaps += c->gap;
            received += std::int64_t(c->data.size());
            next = c->seq + std::int64_t(c->data.size());
            if (c->data.empty())
                break;
        }
    }
    QCOMPARE(next, std::int64_t(all.size()));
    QVERIFY(gaps > 0); // it did fall behind a compaction
    QCOMPARE(received + gaps, std::int64_t(all.size())); // every byte either read exactly or reported
    QVERIFY(log->close("enclave exited").has_value());
    const auto end = reader.read(next, 100);
    QVERIFY(end.has_value() && end->closed);
    QCOMPARE(end->closeReason, std::string("enclave exited"));
}

void TestAgentCore::consoleDataLine_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<qint64>("gap");
    QTest::addColumn<qint64>("seq");
    QTest::newRow("text") << QByteArray("hello\n") << qint64(0) << qint64(0);
    QTest::newRow("gap") << QByteArray("x") << qint64(4096) << qint64(5000);
    QByteArray all;
    for (int i = 0; i < 256; ++i)
        all.append(char(i));
    QTest::newRow("every byte, 1..3 padding") << all << qint64(0) << qint64(1LL << 40);
    QTest::newRow("two bytes") << all.left(2) << qint64(0) << qint64(7);
    QTest::newRow("gap only") << QByteArray() << qint64(12) << qint64(12);
    QTest::newRow("large") << QByteArray(int(wire::kConsoleChunkBytes), 'q') << qint64(0) << qint64(3);
}

void TestAgentCore::consoleDataLine()
{
    // The hand-built line is exactly what the generic encoder writes for the same notification.
    QFETCH(QByteArray, data);
    QFETCH(qint64, gap);
    QFETCH(qint64, seq);
    ConsoleChunk chunk;
    chunk.data = str(data);
    chunk.gap = gap;
    chunk.seq = seq;
    const std::string enclave = "i-0123456789abcdef0-enc0123456789abcdef";
    json params { { "subscription", "console-7" }, { "enclaveId", enclave }, { "seq", seq },
        { "data", base64::encode(chunk.data) } };
    if (gap > 0)
        params["gap"] = gap;
    const std::string expected = encodeLine(notification(wire::notification::kConsoleData, params));
    const std::string line = agentd::consoleDataLine("console-7", enclave, chunk);
    QCOMPARE(line, expected);
    QCOMPARE(base64::decode(json::parse(line)["params"]["data"].get<std::string>()), chunk.data);
}

void TestAgentCore::bannerFilter_data()
{
    QTest::addColumn<QList<QByteArray>>("pieces");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("banner") << QList<QByteArray> {
        "Connecting to the console for enclave 16...\nSuccessfully connected to the console.\nboot\n"
    } << QByteArray("boot\n");
    QTest::newRow("split banner") << QList<QByteArray> { "Connecting to the con",
        "sole for enclave 16...\nSucc", "essfully connected to the console.\nA", "B" }
                                  << QByteArray("AB");
    QTest::newRow("no banner") << QList<QByteArray> { "[ 0.0 ] Linux\n", "x" }
                               << QByteArray("[ 0.0 ] Linux\nx");
    QTest::newRow("unterminated") << QList<QByteArray> { "partial" } << QByteArray("partial");
}

void TestAgentCore::bannerFilter()
{
    QFETCH(QList<QByteArray>, pieces);
    QFETCH(QByteArray, expected);
    BannerFilter f;
    std::string out;
    for (const QByteArray &p : pieces)
        out += f.feed(str(p));
    out += f.flush();
    QCOMPARE(QByteArray::fromStdString(out), expected);
}

void TestAgentCore::options_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("error"); // empty: accepted
    QTest::newRow("stdio") << QStringList { u"--stdio"_qs } << QString();
    QTest::newRow("nothing") << QStringList {} << u"nothing to do"_qs;
    QTest::newRow("unknown") << QStringList { u"--stdio"_qs, u"--bogus"_qs }
                             << u"unknown option '--bogus'"_qs;
    QTest::newRow("missing value") << QStringList { u"--stdio"_qs, u"--state-dir"_qs }
                                   << u"--state-dir needs a value"_qs;
    QTest::newRow("upload zero") << QStringList { u"--stdio"_qs, u"--max-upload-mib"_qs, u"0"_qs }
                                 << u"--max-upload-mib needs"_qs;
    QTest::newRow("upload text") << QStringList { u"--stdio"_qs, u"--max-upload-mib"_qs, u"12x"_qs }
                                 << u"--max-upload-mib needs"_qs;
    QTest::newRow("version") << QStringList { u"--version"_qs } << QString();
}

void TestAgentCore::options()
{
    QFETCH(QStringList, args);
    QFETCH(QString, error);
    Invocation inv;
    for (const QString &a : args)
        inv.args.push_back(a.toStdString());
    inv.home = "/home/u";
    const auto o = parseOptions(inv);
    QCOMPARE(o.has_value(), error.isEmpty());
    if (!o) {
        QVERIFY2(QString::fromStdString(o.error()).contains(error), o.error().c_str());
        return;
    }
    if (o->mode == Options::Mode::Stdio) {
        QCOMPARE(QString::fromStdString(o->stateDir), u"/home/u/.local/state/enclave-agent"_qs);
        QCOMPARE(QString::fromStdString(o->imageDir), u"/home/u/enclave-images"_qs);
        QCOMPARE(QString::fromStdString(o->nitroCli), u"nitro-cli"_qs);
        QVERIFY(o->vsockUnixDir.empty());
        QVERIFY(o->childEnv.empty());
    }
}

void TestAgentCore::simulateShorthand()
{
    QTemporaryDir dir;
    const std::string self = str(dir.filePath(u"enclave-agent"_qs).toUtf8());
    Invocation inv;
    inv.args = { "--stdio", "--simulate", "/srv/sim" };
    inv.selfPath = self;
    inv.home = "/home/u";
    auto o = parseOptions(inv);
    QVERIFY(o.has_value());
    QCOMPARE(o->imageDir, std::string("/srv/sim/images"));
    QCOMPARE(o->stateDir, std::string("/srv/sim/agent"));
    QCOMPARE(o->vsockUnixDir, std::string("/srv/sim/vsock"));
    QCOMPARE(o->nitroCli, std::string("nitro-cli-sim")); // none next to the agent: from PATH
    QCOMPARE(o->childEnv.size(), std::size_t(1));
    QCOMPARE(o->childEnv[0].first, std::string("NITRO_CLI_SIM_STATE_DIR"));
    QCOMPARE(o->childEnv[0].second, std::string("/srv/sim"));
    // A nitro-cli-sim next to the agent binary wins over PATH; --nitro-cli wins over both.
    QFile sim(dir.filePath(u"nitro-cli-sim"_qs));
    QVERIFY(sim.open(QIODevice::WriteOnly));
    sim.write("#!/bin/sh\n");
    sim.close();
    QVERIFY(sim.setPermissions(QFile::ReadOwner | QFile::ExeOwner));
    o = parseOptions(inv);
    QCOMPARE(o->nitroCli, str(dir.filePath(u"nitro-cli-sim"_qs).toUtf8()));
    inv.args.push_back("--nitro-cli");
    inv.args.push_back("/opt/fake");
    o = parseOptions(inv);
    QCOMPARE(o->nitroCli, std::string("/opt/fake"));
}

// Soak bug (tst_agentsoak): a describe-enclaves that started before another session recorded its
// launch did not list the new enclave, and the agent then marked it EXITED ("disappeared") and
// stopped its console capture while it ran: subscribers got console.closed early and the log
// kept growing after its close. Only enclaves recorded before the question may be retired.
void TestAgentCore::listDuringLaunchKeepsTheNewEnclave()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const std::string state = str(QFile::encodeName(dir.path()));
    EventLoop loop;
    std::vector<ScriptedNitroCli::Call> calls;
    BackendConfig config;
    config.stateDir = state;
    NitroCliBackend backend(loop, config, std::make_unique<ScriptedNitroCli>(&calls));
    const std::string id = "i-06c28848702514cd5-enc1904e4fea1636f6";

    json firstList;
    backend.listEnclaves([&](Result<json> r) { firstList = r ? *r : json(); });
    RunRequest run;
    run.eifPath = "/images/hello.eif";
    run.cpuCount = 2;
    run.memoryMiB = 512;
    bool launched = false;
    backend.runEnclave(run, [&](Result<json> r) { launched = r.has_value(); });
    QCOMPARE(calls.size(), std::size_t(2));
    QCOMPARE(calls[0].argv.at(1), std::string("describe-enclaves"));
    QCOMPARE(calls[1].argv.at(1), std::string("run-enclave"));
    // The launch finishes while describe-enclaves (which did not see it yet) is still running.
    answer(calls[1], R"({"EnclaveName": "hello", "EnclaveID": ")" + id + R"(", "EnclaveCID": 16})");
    QVERIFY(launched);
    answer(calls[0], "[]");
    QVERIFY(firstList.is_array());
    QVERIFY2(firstList.empty(), firstList.dump().c_str());
    auto snapshot = EnclaveStore(state).snapshot();
    QVERIFY(snapshot);
    QCOMPARE(stringField(EnclaveStore::findEnclave(*snapshot, id), "State"), std::string("RUNNING"));

    // A later describe-enclaves that does not list it: now it is gone.
    QTest::qSleep(5);
    json secondList;
    backend.listEnclaves([&](Result<json> r) { secondList = r ? *r : json(); });
    QCOMPARE(calls.size(), std::size_t(3));
    answer(calls[2], "[]");
    QCOMPARE(secondList.size(), std::size_t(1));
    QCOMPARE(stringField(secondList[0], "State"), std::string("EXITED"));
    QCOMPARE(stringField(secondList[0], "ExitReason"), std::string("disappeared"));
}

// Soak bug (tst_agentsoak, ssh killed while others churned through enclaves): a client that
// reconnected 5 s later resubscribed to a console whose enclave had been pruned with its log (only
// the last 32 exited were kept), and got "sequence N is beyond the end of the console (0)" instead
// of the console's end. Enclaves that exited in the last 10 minutes are now kept too (up to 128).
void TestAgentCore::pruneSparesRecentlyExited_data()
{
    QTest::addColumn<int>("old");
    QTest::addColumn<int>("recent");
    QTest::addColumn<bool>("spareRecent");
    QTest::addColumn<int>("remaining");
    QTest::addColumn<int>("oldRemaining");
    QTest::newRow("the last 32, oldest dropped first") << 20 << 20 << true << 32 << 12;
    QTest::newRow("recent ones spared beyond 32") << 10 << 60 << true << 60 << 0;
    QTest::newRow("never more than 128") << 0 << 200 << true << 128 << 0;
    QTest::newRow("nothing spared without a time") << 0 << 40 << false << 32 << 0;
    QTest::newRow("within 32 nothing goes") << 5 << 5 << true << 10 << 5;
}

void TestAgentCore::pruneSparesRecentlyExited()
{
    QFETCH(int, old);
    QFETCH(int, recent);
    QFETCH(bool, spareRecent);
    QFETCH(int, remaining);
    QFETCH(int, oldRemaining);
    json state { { "enclaves", json::array() } };
    state["enclaves"].push_back(json { { "EnclaveID", "running" }, { "State", "RUNNING" } });
    for (int i = 0; i < old + recent; ++i)
        state["enclaves"].push_back(
            json { { "EnclaveID", (i < old ? "old-" : "recent-") + std::to_string(i) }, { "State", "EXITED" },
                { "ExitedAt", i < old ? "2026-12-05T04:00:00.000Z" : "2026-12-05T05:59:00.000Z" } });
    const auto dropped = EnclaveStore::pruneExited(
        state, wire::kKeptExitedEnclaves, spareRecent ? "2026-12-05T05:50:00.000Z" : std::string());
    QCOMPARE(int(dropped.size()), old + recent - remaining);
    int exited = 0;
    int oldLeft = 0;
    for (const json &r : state["enclaves"]) {
        exited += stringField(r, "State") == "EXITED";
        oldLeft += stringField(r, "EnclaveID").starts_with("old-");
    }
    QCOMPARE(exited, remaining);
    QCOMPARE(oldLeft, oldRemaining);
    QCOMPARE(stringField(state["enclaves"][0], "EnclaveID"), std::string("running"));
}

QTEST_APPLESS_MAIN(TestAgentCore)
#include "tst_agentcore.moc"
