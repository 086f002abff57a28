#include <QFile>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>

#include "remote/ansiparser.h"
#include "remote/consoleview.h"

using namespace enclave::ui;
using namespace Qt::StringLiterals;

class TestConsoleView final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void linesInOrderWithColours();
    void utf8SplitAcrossChunks();
    void scrollbackIsBounded();
    void pauseKeepsOutputForLater();
    void search();
    void saveToFile();
    void notices();
    void longLinesAreBroken();
};

void TestConsoleView::linesInOrderWithColours()
{
    ConsoleView view;
    view.show();
    for (int i = 1; i <= 50; ++i)
        view.appendBytes(
            QByteArray("line ") + QByteArray::number(i) + (i == 7 ? " \x1b[31mred\x1b[0m\n" : "\n"));
    // Rendering happens on the view's timer, not in appendBytes.
    QTRY_VERIFY(view.editor()->toPlainText().contains(u"line 50"_s));
    const QStringList lines = view.editor()->toPlainText().split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 50);
    for (int i = 0; i < 50; ++i)
        QCOMPARE(lines.at(i).section(u' ', 0, 1), u"line %1"_s.arg(i + 1));
    // "red" carries the red foreground in the document.
    const QTextBlock block = view.editor()->document()->findBlockByNumber(6);
    bool sawRed = false;
    for (auto it = block.begin(); !it.atEnd(); ++it)
        if (it.fragment().text() == u"red"_s)
            sawRed = it.fragment().charFormat().foreground().color() == AnsiParser::paletteColor(1);
    QVERIFY(sawRed);
    QCOMPARE(view.bytesReceived(), qint64(view.editor()->toPlainText().size() + 9)); // 9 = the escape bytes
}

void TestConsoleView::utf8SplitAcrossChunks()
{
    ConsoleView view;
    const QByteArray text = "Grüße ✓ done\n";
    for (char c : text)
        view.appendBytes(QByteArray(1, c));
    view.flush();
    QCOMPARE(view.editor()->toPlainText(), u"Grüße ✓ done\n"_s);
}

void TestConsoleView::scrollbackIsBounded()
{
    ConsoleView view;
    view.setMaximumLines(1000);
    QByteArray chunk;
    for (int i = 0; i < 100000; ++i)
        chunk += "flood line " + QByteArray::number(i) + '\n';
    view.appendBytes(chunk);
    // Queued lines beyond the scrollback are skipped before any layout work.
    QVERIFY(view.queuedChars() + view.pendingBytes() < 1000 * 24);
    QCOMPARE(view.skippedLines(), qint64(99000));
    view.flush();
    QCOMPARE(view.editor()->document()->blockCount(), 1001);
    const QString text = view.editor()->toPlainText();
    QVERIFY(text.startsWith(u"flood line 99000\n"_s));
    QVERIFY(text.endsWith(u"flood line 99999\n"_s));
    // Incrementally too: the document never holds more than the bound.
    for (int round = 0; round < 5; ++round) {
        QByteArray more;
        for (int i = 0; i < 700; ++i)
            more += "more " + QByteArray::number(round * 700 + i) + '\n';
        view.appendBytes(more);
        view.flush();
        QVERIFY(view.editor()->document()->blockCount() <= 1001);
    }
    QVERIFY(view.editor()->toPlainText().endsWith(u"more 3499\n"_s));
    // A flood with no newline at all is bounded by characters.
    ConsoleView other;
    other.appendBytes(QByteArray(ConsoleView::MaxPendingBytes + 1000, 'x'));
    QVERIFY(other.pendingBytes() <= ConsoleView::MaxPendingBytes);
    other.flush();
    QVERIFY(other.queuedChars() == 0 && other.pendingBytes() == 0);
    // ... and shown as lines of at most MaxLineChars, so layout stays cheap.
    const QTextDocument *doc = other.editor()->document();
    QVERIFY(doc->blockCount() > 1);
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next())
        QVERIFY(b.length() - 1 <= ConsoleView::MaxLineChars);
}

void TestConsoleView::pauseKeepsOutputForLater()
{
    ConsoleView view;
    view.show();
    view.appendBytes("before\n");
    QTRY_VERIFY(view.editor()->toPlainText().contains(u"before"_s));
    view.setPaused(true);
    view.appendBytes("during\n");
    QTest::qWait(ConsoleView::RenderIntervalMs * 4);
    QVERIFY(!view.editor()->toPlainText().contains(u"during"_s));
    view.setPaused(false);
    QTRY_VERIFY(view.editor()->toPlainText().contains(u"during"_s));
    QCOMPARE(view.editor()->toPlainText(), u"before\nduring\n"_s);
}

void TestConsoleView::search()
{
    ConsoleView view;
    view.appendBytes("alpha\nbeta\nalpha two\ngamma\n");
    view.flush();
    QVERIFY(view.find(u"alpha"_s));
    QCOMPARE(view.editor()->textCursor().blockNumber(), 0);
    QVERIFY(view.find(u"alpha"_s));
    QCOMPARE(view.editor()->textCursor().blockNumber(), 2);
    QVERIFY(view.find(u"alpha"_s)); // wraps
    QCOMPARE(view.editor()->textCursor().blockNumber(), 0);
    QVERIFY(view.find(u"alpha"_s, true)); // backwards wraps to the last
    QCOMPARE(view.editor()->textCursor().blockNumber(), 2);
    QVERIFY(!view.find(u"delta"_s));
    QVERIFY(!view.isFollowing()); // a match stops following so it stays in view
}

void TestConsoleView::saveToFile()
{
    QTemporaryDir dir;
    ConsoleView view;
    view.appendBytes("\x1b[32mgreen\x1b[0m text\nsecond\n");
    view.flush();
    const QString path = dir.filePath(u"console.log"_s);
    QString error;
    QVERIFY2(view.saveTo(path, &error), qPrintable(error));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("green text\nsecond\n"));
    QVERIFY(!view.saveTo(dir.filePath(u"missing/dir/x.log"_s), &error));
    QVERIFY(!error.isEmpty());
}

void TestConsoleView::notices()
{
    ConsoleView view;
    view.appendBytes("partial line");
    view.appendNotice(u"console closed: terminated"_s);
    view.flush();
    QCOMPARE(view.editor()->toPlainText(), u"partial line\n[enclave-studio] console closed: terminated\n"_s);
}

void TestConsoleView::longLinesAreBroken()
{
    ConsoleView view;
    const QByteArray longLine(ConsoleView::MaxLineChars * 2 + 10, 'y');
    view.appendBytes("short\n" + longLine.left(100));
    view.appendBytes(longLine.mid(100) + "\nend\n");
    view.flush();
    const QStringList lines = view.editor()->toPlainText().split(u'\n');
    QCOMPARE(lines.size(), 6); // short, 3 pieces, end, ""
    QCOMPARE(lines.at(0), u"short"_s);
    QCOMPARE(lines.at(1).size(), ConsoleView::MaxLineChars);
    QCOMPARE(lines.at(2).size(), ConsoleView::MaxLineChars);
    QCOMPARE(lines.at(3).size(), 10);
    QCOMPARE(lines.at(4), u"end"_s);
}

QTEST_MAIN(TestConsoleView)
#include "tst_consoleview.moc"
